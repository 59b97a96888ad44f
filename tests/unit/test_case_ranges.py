"""The ranges of case ids `verify` splits its work by: together they take every id once, and a range taken
within another keeps only what both hold."""

from __future__ import annotations

import uuid

from services.audit.case_ranges import EVERY_CASE, CaseRange, even_ranges, ranges


def test_even_ranges_take_every_case_id_exactly_once_and_about_evenly():
    ids = [
        str(uuid.UUID(int=n * 0x0123_4567_89AB_CDEF_0123_4567_89AB_CDEF % 2**128, version=4))
        for n in range(3000)
    ]
    ids += ["", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "not a uuid"]
    for count in (1, 2, 3, 7, 16):
        parts = even_ranges(count)
        assert len(parts) == count and parts[0].first is None and parts[-1].end is None
        held = [[i for i in ids if part.holds(i)] for part in parts]
        assert sorted(i for each in held for i in each) == sorted(ids)
        assert max(map(len, held)) < 1.3 * len(ids) / count


def test_ranges_by_leading_digits_are_even_ranges():
    assert ranges(1) == even_ranges(16, 1)
    assert [r.first for r in ranges(1)[:3]] == [None, "1", "2"] and ranges(1)[-1] == CaseRange("f", None)


def test_a_range_within_another_keeps_only_what_both_hold():
    half = CaseRange(None, "80000000")
    assert CaseRange("4", "c").within(half) == CaseRange("4", "80000000")
    assert CaseRange("c", None).within(half) is None
    assert EVERY_CASE.within(half) == half and half.within(EVERY_CASE) == half
    assert CaseRange("8", "9").within(CaseRange("80000000", None)) == CaseRange("80000000", "9")
