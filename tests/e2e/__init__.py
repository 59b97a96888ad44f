"""Tests of whole processes: gunicorn and workers over HTTP, the browser, and the chaos test."""
