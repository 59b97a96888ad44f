"""Kafka clients, made where they are used: in the worker process, never before a fork."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from shared.kernel.config import (
    kafka_bootstrap,
    kafka_credentials_dir,
    kafka_security_protocol,
    kafka_user,
    process_name,
    topic_prefix,
)

# kafka-python warns on every connection that SCRAM runs without TLS. SCRAM never sends the password, only
# proof of it; TLS (SASL_SSL) is for a deployment's network (docs/decisions/0016-broker-users-and-acls.md).
logging.getLogger("kafka.net.sasl.scram").setLevel(logging.ERROR)


def topic_name(base: str) -> str:
    return topic_prefix() + base


def connection(user: str | None = None, bootstrap: str | None = None) -> dict[str, Any]:
    """Where the broker is and who this client is: SCRAM-SHA-512 as `user` (by default this process's
    `RATHAUS_KAFKA_USER`) with its password from the credentials directory. The broker lets each user read
    and write only its own (infra/acls.py)."""
    settings: dict[str, Any] = {"bootstrap_servers": bootstrap or kafka_bootstrap()}
    protocol = kafka_security_protocol()
    if protocol == "PLAINTEXT":
        return settings
    user = user or kafka_user()
    if user is None:
        raise RuntimeError("who is this to the Kafka broker? Set RATHAUS_KAFKA_USER (a service, or admin)")
    password_file = kafka_credentials_dir() / f"{user}.password"
    try:
        password = password_file.read_text().strip()
    except FileNotFoundError:
        raise RuntimeError(f"no Kafka password for {user} in {password_file.parent}") from None
    return {
        **settings,
        "security_protocol": protocol,
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": user,
        "sasl_plain_password": password,
    }


def make_producer(user: str | None = None, **overrides: Any) -> KafkaProducer:
    settings: dict[str, Any] = {
        **connection(user),
        "acks": "all",
        "enable_idempotence": True,
        "retries": 2**31 - 1,
        "linger_ms": 5,
        "max_block_ms": 10_000,
        "request_timeout_ms": 15_000,
        "delivery_timeout_ms": 30_000,
    }
    settings.update(overrides)
    return KafkaProducer(**settings)


def make_consumer(group: str, topics: list[str], **overrides: Any) -> KafkaConsumer:
    """A consumer of `group`, which is also who it is to the broker (a service reads as itself)."""
    settings: dict[str, Any] = {
        **connection(group),
        "group_id": topic_prefix() + group,
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        "max_poll_records": 500,
        # Under load the broker holds a fetch up to 50 ms for a fuller batch, so that a batch's commit is
        # shared by many events; when little comes, what came is handed on after those 50 ms.
        "fetch_min_bytes": 128 * 1024,
        "fetch_max_wait_ms": 50,
        "session_timeout_ms": 10_000,
        # Static membership (KIP-345) when a supervisor names each worker: a worker restarted after a crash
        # takes its partitions back at once, instead of after the dead one's session times out.
        "group_instance_id": process_name(),
    }
    settings.update(overrides)
    consumer = KafkaConsumer(**settings)
    # Know every topic's partitions before joining the group: an assignment made without them would be
    # empty, and a static member is not reassigned when the metadata arrives later.
    deadline = time.monotonic() + 30
    missing = list(topics)
    while missing:
        missing = [topic for topic in missing if not consumer.partitions_for_topic(topic)]
        if missing and time.monotonic() > deadline:
            consumer.close()
            raise RuntimeError(f"topics {', '.join(missing)} do not exist: run `rathaus topics`")
        if missing:
            time.sleep(0.5)
    consumer.subscribe(topics)
    return consumer


def all_partitions(consumer: KafkaConsumer, topics: list[str]) -> list[TopicPartition]:
    """Every partition of the topics (base names) there is."""
    return [
        TopicPartition(topic_name(topic), partition)
        for topic in topics
        for partition in sorted(consumer.partitions_for_topic(topic_name(topic)) or [])
    ]


def records_to_end(
    consumer: KafkaConsumer, partitions: list[TopicPartition]
) -> Iterator[tuple[TopicPartition, ConsumerRecord]]:
    """Every record of the partitions, each from its first to its last as it is now, read with no consumer
    group: a reading of the log that moves no one's place in it."""
    if not partitions:
        return
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    end = consumer.end_offsets(partitions)
    left = {tp for tp in partitions if end[tp] > consumer.position(tp)}
    while left:
        for tp, records in consumer.poll(timeout_ms=1000).items():
            for record in records:
                if record.offset >= end[tp]:
                    break
                yield tp, record
            if consumer.position(tp) >= end[tp]:
                left.discard(tp)
