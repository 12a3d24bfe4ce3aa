"""The office's settings: municipality, classification marking, logo, retention."""
