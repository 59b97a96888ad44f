"""What every service's web side shares: problem+json errors, the pages' look, sessions and CSRF, the labels
of the forms, API keys and signed callbacks."""

from pathlib import Path

# The site's templates (its look, forms, charts), for a page renderer outside Flask too (the audit report)
SITE_TEMPLATES = Path(__file__).with_name("templates")
