"""What the services share, in three parts: the kernel (event sourcing), the contracts (the events' schemas)
and the web kit (HTTP, pages, labels, credentials, signatures)."""
