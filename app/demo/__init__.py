"""Demo data for a fictional office in the demo municipality (Botkyrka)."""
