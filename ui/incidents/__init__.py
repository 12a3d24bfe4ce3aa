"""The incident log page: filter bar, lazily paged table, detail pane and editor."""
