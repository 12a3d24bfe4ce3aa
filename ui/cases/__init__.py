"""The case page of the social task forces: the table of cases and the selected case."""
