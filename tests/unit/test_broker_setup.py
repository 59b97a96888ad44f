"""What the broker is formatted with, checked without starting one."""

from __future__ import annotations

import base64
import uuid

from infra.broker import cluster_id, new_cluster_id


def test_a_cluster_id_is_a_uuid_in_kafka_s_form_that_no_tool_takes_for_an_option(tmp_path):
    made = [new_cluster_id() for _ in range(2000)]  # under the old rule about 30 of them began with "-"
    assert not [each for each in made if each.startswith("-")]
    assert all(uuid.UUID(bytes=base64.urlsafe_b64decode(each + "==")) for each in made)
    assert len(set(made)) == len(made)
    kept = tmp_path / "kafka" / "cluster-id"
    assert cluster_id(kept) == cluster_id(kept) == kept.read_text()  # made once, then read
