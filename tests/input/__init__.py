"""Bad input, tried: arbitrary text, edge dates and malformed files through every service."""
