"""Every contract the platform publishes, made from the code that enforces it: each HTTP API's OpenAPI
document (docs/openapi/<service>.json), the topics' AsyncAPI document (docs/asyncapi.json) and the event
catalogue (docs/events/README.md). `python -m infra.contracts` writes them; `--check` (and a unit test)
names each committed one that is behind the code."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from infra.asyncapi import asyncapi
from infra.event_docs import catalogue
from services import registry
from shared.kernel.config import ROOT


def as_text(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def documents() -> dict[str, str]:
    """Each contract's path in the repository and its text as the code makes it."""
    made = {f"docs/openapi/{name}.json": as_text(doc) for name, doc in registry.contracts().items()}
    made["docs/asyncapi.json"] = as_text(asyncapi())
    made["docs/events/README.md"] = catalogue()
    return made


def behind() -> list[str]:
    """The committed contracts that differ from what the code makes."""
    return [
        path
        for path, text in documents().items()
        if not (ROOT / path).exists() or (ROOT / path).read_text(encoding="utf-8") != text
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m infra.contracts", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only say which committed contract is behind")
    args = parser.parse_args(argv)
    if args.check:
        stale = behind()
        for path in stale:
            print(f"{path} is behind the code: python -m infra.contracts", file=sys.stderr)
        return 1 if stale else 0
    for path, text in documents().items():
        (ROOT / path).parent.mkdir(parents=True, exist_ok=True)
        (ROOT / path).write_text(text, encoding="utf-8")
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
