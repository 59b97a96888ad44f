"""Payload schemas of every event type, one module per producing service; importing registers them."""

from shared.contracts import fees, intake, notifications, routing

__all__ = ["fees", "intake", "notifications", "routing"]
