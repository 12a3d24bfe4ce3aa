"""The briefing dialog: the situation picture as a PDF for the joint meeting."""
