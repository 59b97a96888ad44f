"""Who may do what on the broker. Every client signs in (SASL SCRAM-SHA-512) as one user, and KRaft's
StandardAuthorizer lets it do only what is granted here:

- each service writes its own topic `cases.<service>` and its dead-letter topic `dlq.<service>`, reads the
  topics of the event types it consumes, in its own consumer group `<service>`;
- `audit` reads every case topic (it assigns partitions itself, so it needs no group);
- `admin` (the operator's `rathaus` command, topic creation, the tests) may do everything.

Nothing else is allowed (`allow.everyone.if.no.acl.found=false`), and a client without credentials is not
let in at all. The passwords are made once, at the broker's first start, into files only their owner reads."""

from __future__ import annotations

import secrets
from pathlib import Path

from kafka.admin import (
    ACL,
    ACLOperation,
    ACLPermissionType,
    ACLResourcePatternType,
    ResourcePattern,
    ResourceType,
)

from services import registry

ADMIN = "admin"
AUDIT = "audit"
# The broker's own user on its controller listener (SASL PLAIN: KRaft keeps no SCRAM users for controllers)
CONTROLLER = "controller"


def users() -> list[str]:
    """Every user of the broker but the controller's: admin, each service that writes events, the audit."""
    return [ADMIN, *registry.producers(), AUDIT]


def passwords(directory: Path) -> dict[str, str]:
    """Each user's password, made where missing into `<user>.password` (0600)."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    found = {}
    for user in [*users(), CONTROLLER]:
        path = directory / f"{user}.password"
        if not path.exists():
            path.touch(mode=0o600)
            path.write_text(secrets.token_urlsafe(32))
        found[user] = path.read_text().strip()
    return found


def grants(prefix: str) -> list[ACL]:
    """What each user may do on the topics and groups of one prefix (the tests give each test its own)."""
    granted = []
    for service in registry.producers():
        granted += _allow(service, ResourceType.TOPIC, f"{prefix}cases.{service}", ACLOperation.WRITE)
        granted += _allow(service, ResourceType.TOPIC, f"{prefix}dlq.{service}", ACLOperation.WRITE)
        for topic in registry.consumed_topics(registry.get(service)):
            granted += _allow(service, ResourceType.TOPIC, prefix + topic, ACLOperation.READ)
        granted += _allow(service, ResourceType.GROUP, prefix + service, ACLOperation.READ)
    for service in registry.producers():
        granted += _allow(AUDIT, ResourceType.TOPIC, f"{prefix}cases.{service}", ACLOperation.READ)
    return granted


def _allow(user: str, kind: ResourceType, name: str, operation: ACLOperation) -> list[ACL]:
    # Reading or writing a topic also needs its metadata (DESCRIBE); a group needs READ alone
    operations = [operation, ACLOperation.DESCRIBE] if kind == ResourceType.TOPIC else [operation]
    return [
        ACL(
            principal=f"User:{user}",
            host="*",
            operation=each,
            permission_type=ACLPermissionType.ALLOW,
            resource_pattern=ResourcePattern(kind, name, ACLResourcePatternType.LITERAL),
        )
        for each in operations
    ]
