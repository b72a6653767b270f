"""Signing in at an address that is not what it seems: a web server that is no Matrix
server, a Matrix server failing behind its proxy, https:// to a server on plain http."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from desk.connectors.matrix import login
from desk.connectors.matrix.transport import ServerConfig
from desk.connectors.protocol import ConnectorError
from tests.helpers.http_server import self_signed, served, served_over_tls
from tests.helpers.synapse import SynapseServer


def _sign_in_fails(homeserver: str) -> str:
    """The reason a sign-in at `homeserver` fails for."""
    with pytest.raises(ConnectorError) as failed:
        asyncio.run(login(ServerConfig(homeserver), "@li:county.example", "secret"))
    return failed.value.reason


def test_a_web_server_that_takes_no_post_is_no_matrix_server(plain_web_server: str) -> None:
    # It answers the sign-in with a 501 page: "the server had an error" sent the user to
    # wait for a server that was never there.
    assert _sign_in_fails(plain_web_server) == "not_matrix"


class _ProxyWithSignInDown(BaseHTTPRequestHandler):
    """A Matrix server behind nginx whose sign-in worker is down: a 502 page to the
    sign-in, while the rest answers."""

    def do_GET(self) -> None:
        body = json.dumps({"versions": ["v1.11"]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        body = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
        self.send_response(502)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture
def proxy_with_sign_in_down() -> Iterator[str]:
    with served(_ProxyWithSignInDown) as address:
        yield address


def test_a_matrix_server_failing_behind_its_proxy_is_a_server_error(
    proxy_with_sign_in_down: str,
) -> None:
    assert _sign_in_fails(proxy_with_sign_in_down) == "server_error"


def test_https_to_a_server_on_plain_http_fails_within_seconds(synapse: SynapseServer) -> None:
    # What the dialog makes of an address typed without http:// (127.0.0.1:60841): Synapse
    # waits for the end of a request line that never comes, and the sign-in sat at
    # "Signing in…" for half a minute.
    started = time.monotonic()
    assert _sign_in_fails(synapse.base_url.replace("http://", "https://", 1)) == "network"
    assert time.monotonic() - started < 10


@pytest.fixture
def intranet_certificate(tmp_path: Path) -> tuple[Path, Path]:
    return self_signed(tmp_path)


def test_a_certificate_this_computer_does_not_trust_is_said_so_not_no_connection(
    intranet_certificate: tuple[Path, Path],
) -> None:
    # IT: 登录失败：无法连接服务器 for an intranet server with the county's own CA; only
    # desk.log named the certificate. Trusted (the CA given), the same server answers.
    certificate, key = intranet_certificate
    with served_over_tls(_ProxyWithSignInDown, certificate, key) as address:
        assert _sign_in_fails(address) == "untrusted_certificate"
        with pytest.raises(ConnectorError) as trusted:
            asyncio.run(
                login(ServerConfig(address, ca_bundle=str(certificate)), "@li:x.example", "pw")
            )
        assert trusted.value.reason == "server_error", "its 502: the certificate passed"


def test_a_proxy_that_cannot_be_reached_is_named_not_a_crash(plain_web_server: str) -> None:
    # aiohttp_socks raises its own ProxyConnectionError, neither aiohttp's nor OSError's:
    # it went through every handler to a traceback (IT, with a stale https_proxy).
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = int(probe.getsockname()[1])
    config = ServerConfig(plain_web_server, proxy=f"http://user:secret@127.0.0.1:{closed}")
    with pytest.raises(ConnectorError) as failed:
        asyncio.run(login(config, "@li:county.example", "secret"))
    assert failed.value.reason == "proxy"
    assert failed.value.detail == f"127.0.0.1:{closed}", "named, without its password"
