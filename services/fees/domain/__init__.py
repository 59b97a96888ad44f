"""Fees' rules, free of I/O: the fee schedules, the fee as a pure function, bookings, Kassenzeichen."""
