"""Connectors are found through the entry-point group `desk.connectors`."""

from __future__ import annotations

import logging
from importlib.metadata import entry_points
from typing import cast

from desk.connectors.protocol import ConnectorFactory

GROUP = "desk.connectors"
log = logging.getLogger("desk.connectors")


class UnknownConnector(LookupError):
    pass


def available() -> dict[str, ConnectorFactory]:
    """Every installed connector by kind; one that fails to load is logged and left out."""
    found: dict[str, ConnectorFactory] = {}
    for ep in entry_points(group=GROUP):
        try:
            found[ep.name] = cast(ConnectorFactory, ep.load())
        except Exception as exc:  # a broken third-party package must not stop desk
            log.warning("connector %s failed to load: %s", ep.name, type(exc).__name__)
    return found


def factory(kind: str) -> ConnectorFactory:
    """The connector of one kind, loading only that one: the others' imports (matrix-nio and
    aiohttp take about a second) would hold the GIL while desk's window starts."""
    for ep in entry_points(group=GROUP, name=kind):
        try:
            return cast(ConnectorFactory, ep.load())
        except Exception as exc:  # as in available(): logged, and the kind is unknown
            log.warning("connector %s failed to load: %s", ep.name, type(exc).__name__)
            raise UnknownConnector(kind) from None
    # Not installed as an entry point: tests add theirs to what available() returns.
    try:
        return available()[kind]
    except KeyError:
        raise UnknownConnector(kind) from None
