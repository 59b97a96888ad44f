"""What every service's web side shares: problem+json errors, the pages' look, sessions and CSRF, the labels
of the forms, API keys and signed callbacks."""
