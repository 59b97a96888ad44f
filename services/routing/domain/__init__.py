"""Routing's rules, free of I/O: the lifecycle, which office decides a case, working-day deadlines."""
