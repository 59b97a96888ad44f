"""Notifications' rules, free of I/O: the texts of every mail and the status of every callback."""
