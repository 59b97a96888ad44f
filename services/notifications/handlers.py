"""What notifications' worker does on the events it consumes: it keeps its projection (whom to tell, what to
deliver). Every send, retry and final failure is the delivery loop's (delivery.py)."""

from services.notifications import projection

CONSUMES = projection.APPLY
