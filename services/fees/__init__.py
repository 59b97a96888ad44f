"""The fees service."""
