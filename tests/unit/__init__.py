"""Tests of the domain and the handlers, on SQLite in one process: no broker, no server (`make test-unit`)."""
