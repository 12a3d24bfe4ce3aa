"""The audit log page (administrators and the data protection officer)."""
