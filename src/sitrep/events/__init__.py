"""Event extraction: from recognised mentions to coded events."""
