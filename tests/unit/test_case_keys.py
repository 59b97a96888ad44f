"""A new case's id comes with its key already in the key store, made ahead in batches."""

from __future__ import annotations

import sqlalchemy as sa

from shared.kernel import case_keys


def _keys_in_store() -> int:
    with case_keys.engine("intake").connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(case_keys.case_keys)).scalar_one()


def test_new_cases_get_distinct_ids_whose_keys_are_committed_ahead_in_one_batch(monkeypatch):
    monkeypatch.setattr(case_keys, "_pools", {})
    before = _keys_in_store()
    taken = [case_keys.new_case("intake") for _ in range(case_keys.POOLED)]
    assert _keys_in_store() == before + case_keys.POOLED  # all of them made by the first take
    ids = [case_id for case_id, _key in taken]
    assert len(set(ids)) == len(ids)
    assert case_keys.keys_of("intake", ids) == dict(taken)  # each key as the store has it
    case_keys.new_case("intake")
    assert _keys_in_store() == before + 2 * case_keys.POOLED  # the next batch once the first is used up


def test_a_forked_process_makes_its_own_ids(monkeypatch):
    monkeypatch.setattr(case_keys, "_pools", {})
    parent, _key = case_keys.new_case("intake")
    with monkeypatch.context() as forked:
        forked.setattr(case_keys.os, "getpid", lambda: -1)  # a gunicorn worker forked after the take
        child = [case_keys.new_case("intake")[0] for _ in range(case_keys.POOLED)]
    assert parent not in child
    assert not set(child) & {case_keys.new_case("intake")[0] for _ in range(case_keys.POOLED - 1)}
