"""Engine, sessions, migrations, full-text search and backups: all engine-specific code."""
