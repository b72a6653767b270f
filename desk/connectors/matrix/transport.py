"""HTTP to the homeserver: matrix-nio's client session, proxy and CA bundle, error mapping.

Request paths come from matrix-nio's pure `Api` builders; answers come back as
JSON objects, or as a `ConnectorError` whose reason code the status bar can
word: "rate_limited" (with the server's `retry_after_ms`), "server_error",
"network", "untrusted_certificate" (the server's certificate is not trusted here),
"proxy" (the proxy in between cannot be reached or will not connect; its host:port as
the error's `detail`),
"bad_response", "rejected" (the server refused this request for good),
and `AuthError` when the access token is no longer accepted. The access token
travels in the Authorization header only, never in a URL or a log.
"""

from __future__ import annotations

import json
import logging
import ssl
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse, urlunparse

import aiohttp
import aiohttp_socks
from nio import AsyncClient, AsyncClientConfig

from desk.connectors.protocol import AuthError, ConnectorError

log = logging.getLogger("desk.connectors.matrix")

_AUTH_ERRCODES = frozenset({"M_UNKNOWN_TOKEN", "M_MISSING_TOKEN", "M_USER_LOCKED"})


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Where and how to reach one homeserver (part of an account's config)."""

    homeserver: str
    ca_bundle: str | None = None  # extra CAs (an intranet's own), on top of the system's
    proxy: str | None = None  # None: the system's proxy settings (environment)
    request_timeout_s: float = 30.0
    # Reaching the server: the TCP connect and the TLS handshake, which take milliseconds
    # on an office network (two lost SYNs still fit). https:// to a server that speaks
    # plain http waits for ever for the handshake's answer (Synapse reads the hello as a
    # request line that never ends): a sign-in sat half a minute before "no connection".
    connect_timeout_s: float = 5.0


def proxy_for(homeserver: str, environment: Mapping[str, str] | None = None) -> str | None:
    """The proxy the system asks for when reaching `homeserver` (honours no_proxy)."""
    url = urlparse(homeserver)
    proxies = (
        urllib.request.getproxies()
        if environment is None
        else {k[:-6].lower(): v for k, v in environment.items() if k.lower().endswith("_proxy")}
    )
    no_proxy = proxies.pop("no", None)
    host = url.hostname or ""
    if environment is None:
        if urllib.request.proxy_bypass(host):
            return None
    elif no_proxy and _bypassed(host, no_proxy):
        return None
    return proxies.get(url.scheme) or proxies.get("all") or None


def proxy_address(proxy: str) -> str:
    """The proxy's host:port, as the words about it name it: never its user or password."""
    url = urlparse(proxy if "://" in proxy else f"http://{proxy}")
    try:
        port = url.port
    except ValueError:
        port = None
    host = url.hostname or ""
    return f"{host}:{port}" if host and port else host


def _bypassed(host: str, no_proxy: str) -> bool:
    for entry in (e.strip().lstrip(".") for e in no_proxy.split(",")):
        if entry == "*" or (entry and (host == entry or host.endswith("." + entry))):
            return True
    return False


def ssl_context(ca_bundle: str | None) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if ca_bundle:
        context.load_verify_locations(cafile=ca_bundle)
    return context


def error_for(
    status: int, body: Mapping[str, Any], headers: Mapping[str, str] | None = None
) -> ConnectorError | None:
    """The error an answer stands for, or None for a success. Pure."""
    if 200 <= status < 300:
        return None
    errcode = body.get("errcode")
    if status == 401 or errcode in _AUTH_ERRCODES:
        return AuthError("unknown_token" if errcode != "M_USER_LOCKED" else "locked")
    if status == 429 or errcode == "M_LIMIT_EXCEEDED":
        return ConnectorError("rate_limited", retry_after_s=_retry_after(body, headers or {}))
    if status >= 500:
        return ConnectorError("server_error", retry_after_s=_retry_after(body, headers or {}))
    if errcode == "M_FORBIDDEN" and status == 403 and body.get("soft_logout"):
        return AuthError("unknown_token")
    return ConnectorError("rejected")


def _retry_after(body: Mapping[str, Any], headers: Mapping[str, str]) -> float | None:
    ms = body.get("retry_after_ms")
    if isinstance(ms, int | float) and not isinstance(ms, bool) and ms >= 0:
        return float(ms) / 1000
    header = headers.get("Retry-After")
    if header and header.strip().isdigit():
        return float(header.strip())
    return None


async def _read_capped(stream: aiohttp.StreamReader, max_bytes: int) -> bytes:
    """The whole body, or ConnectorError("too_large") as soon as it passes `max_bytes`."""
    chunks: list[bytes] = []
    total = 0
    async for chunk in stream.iter_chunked(64 * 1024):
        total += len(chunk)
        if total > max_bytes:
            raise ConnectorError("too_large")
        chunks.append(chunk)
    return b"".join(chunks)


def without_token(path: str) -> str:
    """nio's `Api` puts the token in the query; desk sends it as a header instead."""
    parts = list(urlparse(path))
    query = parse_qs(parts[4], keep_blank_values=True)
    query.pop("access_token", None)
    parts[4] = urlencode(query, doseq=True)
    return urlunparse(parts)


class Transport:
    """One account's HTTP session to its homeserver."""

    def __init__(self, config: ServerConfig, access_token: str | None = None) -> None:
        self._config = config
        self._token = access_token
        proxy = config.proxy if config.proxy is not None else proxy_for(config.homeserver)
        self._proxy_at = proxy_address(proxy) if proxy else ""
        self._client = AsyncClient(
            config.homeserver.rstrip("/"),
            config=AsyncClientConfig(request_timeout=int(config.request_timeout_s)),
            ssl=ssl_context(config.ca_bundle),  # aiohttp takes a context where nio says bool
            proxy=proxy or None,
        )

    @property
    def token(self) -> str | None:
        return self._token

    async def request(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        timeout_s: float | None = None,
        authenticated: bool = True,
    ) -> dict[str, Any]:
        answer = await self._request(method, path, body, timeout_s, authenticated)
        if not isinstance(answer, dict):
            raise ConnectorError("bad_response")
        return answer

    async def request_list(self, method: str, path: str) -> list[Any]:
        """For the few endpoints that answer with a JSON array (a room's `/state`)."""
        answer = await self._request(method, path, None, None, True)
        if not isinstance(answer, list):
            raise ConnectorError("bad_response")
        return answer

    async def request_bytes(self, method: str, path: str, *, max_bytes: int) -> bytes:
        """A binary answer (media content); errors as for JSON requests.

        More than `max_bytes` is refused ("too_large") rather than held in memory.
        """
        status, raw, headers = await self._exchange(method, path, None, None, True, max_bytes)
        if status == 200:
            return raw
        try:
            answer = json.loads(raw) if raw else {}
        except ValueError:
            answer = {}
        error = error_for(status, answer if isinstance(answer, dict) else {}, headers)
        log.info("%s media answered %d", method, status)
        raise error or ConnectorError("bad_response")

    async def _exchange(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None,
        timeout_s: float | None,
        authenticated: bool,
        max_bytes: int | None = None,
    ) -> tuple[int, bytes, dict[str, str]]:
        headers = {"Content-Type": "application/json"}
        if authenticated:
            if not self._token:
                raise AuthError("no_credentials")
            headers["Authorization"] = f"Bearer {self._token}"
        data = json.dumps(body, ensure_ascii=False) if body is not None else None
        try:
            response = await self._client.send(
                method,
                without_token(path),
                data,
                headers,
                # nio hands it to aiohttp as it is, where a ClientTimeout is taken too.
                timeout=aiohttp.ClientTimeout(  # type: ignore[arg-type]
                    total=timeout_s or self._config.request_timeout_s,
                    sock_connect=self._config.connect_timeout_s,
                ),
            )
            async with response:
                if max_bytes is None:
                    raw = await response.read()
                else:
                    raw = await _read_capped(response.content, max_bytes)
                status, response_headers = response.status, dict(response.headers)
        except aiohttp.ClientConnectorCertificateError:
            # An intranet server's own CA, not installed here: IT's to fix, and "no
            # connection" sent them checking the address and port (IT).
            log.info("%s request failed: the server's certificate is not trusted", method)
            raise ConnectorError("untrusted_certificate") from None
        except (
            aiohttp_socks.ProxyError,
            aiohttp_socks.ProxyConnectionError,
            aiohttp_socks.ProxyTimeoutError,
            aiohttp.ClientProxyConnectionError,
        ) as exc:
            # aiohttp_socks raises its own, outside aiohttp's and OSError's families: an
            # unreachable proxy (a stale https_proxy) crashed the commands with a traceback
            # and left the window at "sync failed, ask IT for the log" (IT). Named apart
            # from "network": the proxy is this computer's setting, not the server.
            log.info("%s request failed: proxy %s", method, type(exc).__name__)
            raise ConnectorError("proxy", detail=self._proxy_at) from None
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            log.info("%s request failed: %s", method, type(exc).__name__)
            raise ConnectorError("network") from None
        return status, raw, response_headers

    async def _request(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None,
        timeout_s: float | None,
        authenticated: bool,
    ) -> Any:
        status, raw, response_headers = await self._exchange(
            method, path, body, timeout_s, authenticated
        )
        try:
            answer = json.loads(raw) if raw else {}
        except ValueError:
            answer = None
        if not isinstance(answer, dict) and not (isinstance(answer, list) and status == 200):
            log.warning("%s answer %d was not JSON", method, status)
            if status >= 500 or status == 429:
                raise ConnectorError("server_error")
            raise ConnectorError("bad_response")
        error = error_for(status, answer if isinstance(answer, dict) else {}, response_headers)
        if error is not None:
            errcode = answer.get("errcode") if isinstance(answer, dict) else None
            log.info("%s answered %d %s (%s)", method, status, errcode, error.reason)
            raise error
        return answer

    async def close(self) -> None:
        await self._client.close()
