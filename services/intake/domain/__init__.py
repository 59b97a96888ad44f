"""Intake's rules, free of I/O: the catalogue of services and the assistants' form schemas."""
