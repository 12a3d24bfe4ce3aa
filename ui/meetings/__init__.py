"""The joint meetings page: meetings, their agendas and the open action items."""
