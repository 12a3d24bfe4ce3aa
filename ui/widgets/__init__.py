"""Pieces several pages use: background jobs, the crash hook, language, remembered state."""
