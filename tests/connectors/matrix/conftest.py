"""One real Synapse for the Matrix tests, on 127.0.0.1: started once per session."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import pytest

from tests.helpers.http_server import served
from tests.helpers.synapse import SynapseServer


@pytest.fixture(scope="session")
def synapse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SynapseServer]:
    server = SynapseServer(tmp_path_factory.mktemp("synapse"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def synapse(synapse_server: SynapseServer) -> SynapseServer:
    """The session's server, running (a test that stopped it may have failed before restarting)."""
    synapse_server.start()
    return synapse_server


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture
def plain_web_server(tmp_path: Path) -> Iterator[str]:
    """`python3 -m http.server` on 127.0.0.1, as a tester typed its address for a Matrix
    server's: no Matrix there, and 501 to a POST. Its address."""
    with served(functools.partial(_Quiet, directory=str(tmp_path))) as address:
        yield address
