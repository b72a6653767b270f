"""One real Synapse for the Matrix tests, on 127.0.0.1: started once per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
