"""Kafka clients, made where they are used: in the worker process, never before a fork."""

from __future__ import annotations

from typing import Any

from kafka import KafkaConsumer, KafkaProducer

from shared.config import kafka_bootstrap, topic_prefix


def topic_name(base: str) -> str:
    return topic_prefix() + base


def make_producer(**overrides: Any) -> KafkaProducer:
    settings: dict[str, Any] = {
        "bootstrap_servers": kafka_bootstrap(),
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
    settings: dict[str, Any] = {
        "bootstrap_servers": kafka_bootstrap(),
        "group_id": topic_prefix() + group,
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        "max_poll_records": 200,
    }
    settings.update(overrides)
    consumer = KafkaConsumer(**settings)
    consumer.subscribe(topics)
    return consumer
