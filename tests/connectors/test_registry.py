import subprocess
import sys

import pytest

from desk.connectors import registry
from desk.connectors.demo import DemoConnector


def test_a_connector_is_loaded_without_the_others() -> None:
    # In a fresh interpreter: the tests around this one have imported matrix-nio already.
    probe = (
        "import sys; from desk.connectors import registry; "
        "assert registry.factory('demo').__name__ == 'DemoConnector'; "
        "print(sorted(m for m in ('nio', 'aiohttp') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


def test_unknown_kinds_are_refused_and_all_installed_ones_are_listed() -> None:
    with pytest.raises(registry.UnknownConnector):
        registry.factory("carrier-pigeon")
    assert registry.available()["demo"] is DemoConnector
    assert "matrix" in registry.available()
