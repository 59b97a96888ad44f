"""Random bodies against the intake API: never a 5xx, and a refusal never leaves an event behind."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.e2e.test_intake_api import intake  # noqa: F401 - the module's running intake, reused here
from tests.helpers import FORMS, application_body

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def mutated_application() -> st.SearchStrategy[dict]:
    """A valid application with one part, somewhere in it, replaced by random JSON."""

    def mutate(service_id: str, path_choice: int, value: object) -> dict:
        body = application_body(service_id)
        containers = [body, body["applicant"], body["applicant"]["address"], body["form"]]
        target = containers[path_choice % len(containers)]
        keys = sorted(target)
        target[keys[path_choice % len(keys)]] = value
        return body

    return st.builds(mutate, st.sampled_from(sorted(FORMS)), st.integers(0, 1000), JSON)


BODIES = JSON | mutated_application() | st.binary(max_size=200)


HEADER_TEXT = st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=40)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODIES, key=HEADER_TEXT)
def test_random_bodies_never_crash_and_refusals_store_nothing(intake, body, key):  # noqa: F811
    before = intake.stored()
    data = body if isinstance(body, bytes) else json.dumps(body)
    response = intake.post(data, key=f"fuzz-{key}")
    assert response.status_code < 500, response.text
    if response.status_code != 202:
        assert response.headers["Content-Type"] == "application/problem+json"
        assert intake.stored() == before
