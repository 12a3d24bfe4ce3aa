"""The task forces page: social task forces, working groups and strategy groups."""
