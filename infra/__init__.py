"""Broker, database, mail server and process set-up, driven by the `rathaus` command and the Makefile."""
