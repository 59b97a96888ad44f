"""What intake needs for a service it offers online: the assistant's form schema, and a label in German and
English for each of its fields (the portal builds the form from them)."""

from __future__ import annotations

from services.intake.domain.assistants.registry import form_schema


def lacks(service_id: str) -> list[str]:
    from services.intake import retention
    from services.intake.web_form import form_of  # the portal's form, imported only for this check

    if form_schema(service_id) is None:
        return [f"intake: no assistant (form schema) for {service_id}"]
    gaps = retention.lacks(service_id)
    for lang in ("de", "en"):
        try:
            form_of(service_id, lang)
        except KeyError as missing:
            gaps.append(f"intake: {missing.args[0]} ({lang})")
    return gaps
