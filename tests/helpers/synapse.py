"""A real Synapse homeserver for tests, on 127.0.0.1 only, and a plain second client for it.

`SynapseServer` writes a minimal config into a temporary directory (SQLite,
registration by shared secret, no federation, no key servers, rate limits raised
unless asked otherwise), starts `synapse.app.homeserver` as a child process and
polls `/_matrix/client/versions` until it answers. `MatrixUser` is the "other
people in the room": raw client-server HTTP through urllib, with proxies switched
off so nothing leaves the loopback interface.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from signedjson.key import generate_signing_key, write_signing_keys

START_TIMEOUT_S = 60.0
LOOPBACK = "127.0.0.1"
# Loopback only, whatever the environment says about proxies.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))

RAISED_LIMIT = {"per_second": 10_000, "burst_count": 100_000}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


class MatrixHTTPError(Exception):
    def __init__(self, status: int, body: Mapping[str, Any]) -> None:
        super().__init__(f"{status}: {body.get('errcode')} {body.get('error')}")
        self.status = status
        self.body = body


def http_json(
    method: str,
    url: str,
    body: Mapping[str, Any] | None = None,
    token: str | None = None,
    timeout: float = 30.0,
) -> dict[str, Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            result: dict[str, Any] = json.loads(response.read() or b"{}")
            return result
    except urllib.error.HTTPError as exc:
        try:
            payload = json.loads(exc.read() or b"{}")
        except ValueError:
            payload = {}
        raise MatrixHTTPError(exc.code, payload) from None


@dataclass
class SynapseServer:
    """One homeserver process; `start()`/`stop()` may be called again (same port, same data)."""

    root: Path
    server_name: str = "localhost"
    raise_rate_limits: bool = True
    port: int = field(default_factory=free_port)
    _process: subprocess.Popen[bytes] | None = None
    _secret: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def log_file(self) -> Path:
        return self.root / "homeserver.log"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def write_config(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        key_path = self.root / "signing.key"
        if not key_path.exists():
            with key_path.open("w") as fh:
                write_signing_keys(fh, [generate_signing_key("a_test")])
        log_config = self.root / "log.yaml"
        log_config.write_text(
            yaml.safe_dump(
                {
                    "version": 1,
                    "formatters": {"plain": {"format": "%(asctime)s %(name)s %(message)s"}},
                    "handlers": {
                        "file": {
                            "class": "logging.FileHandler",
                            "filename": str(self.log_file),
                            "formatter": "plain",
                        }
                    },
                    "root": {"level": "WARNING", "handlers": ["file"]},
                    "disable_existing_loggers": False,
                }
            )
        )
        config: dict[str, Any] = {
            "server_name": self.server_name,
            "pid_file": str(self.root / "homeserver.pid"),
            "public_baseurl": self.base_url + "/",
            "listeners": [
                {
                    "port": self.port,
                    "bind_addresses": [LOOPBACK],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            "database": {
                "name": "sqlite3",
                "args": {"database": str(self.root / "homeserver.db")},
            },
            "log_config": str(log_config),
            "media_store_path": str(self.root / "media"),
            "signing_key_path": str(key_path),
            "registration_shared_secret": self._secret,
            "macaroon_secret_key": self._secret + "-macaroon",
            "form_secret": self._secret + "-form",
            "report_stats": False,
            # Nothing but loopback: no key servers, no federation, no previews.
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "federation_domain_whitelist": [],
            "url_preview_enabled": False,
            "enable_metrics": False,
            "presence": {"enabled": False},
            # Work rooms are created unencrypted (see docs/server-admin.md).
            "encryption_enabled_by_default_for_room_type": "off",
        }
        if self.raise_rate_limits:
            for name in ("rc_message", "rc_registration", "rc_joins_per_room", "rc_room_creation"):
                config[name] = RAISED_LIMIT
            config["rc_login"] = {
                "address": RAISED_LIMIT,
                "account": RAISED_LIMIT,
                "failed_attempts": RAISED_LIMIT,
            }
            config["rc_joins"] = {"local": RAISED_LIMIT, "remote": RAISED_LIMIT}
            config["rc_invites"] = {
                "per_room": RAISED_LIMIT,
                "per_user": RAISED_LIMIT,
                "per_issuer": RAISED_LIMIT,
            }
        path = self.root / "homeserver.yaml"
        path.write_text(yaml.safe_dump(config))
        return path

    def start(self) -> None:
        if self.running:
            return
        config = self.root / "homeserver.yaml"
        if not config.exists():
            config = self.write_config()
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        with (self.root / "stderr.log").open("ab") as stderr:  # the child keeps its own copy
            self._process = subprocess.Popen(
                [sys.executable, "-m", "synapse.app.homeserver", "-c", str(config)],
                cwd=self.root,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"synapse exited at start-up:\n{self._tail()}")
            try:
                http_json("GET", self.base_url + "/_matrix/client/versions", timeout=2)
                return
            except (OSError, MatrixHTTPError):
                time.sleep(0.05)  # polling the server's port, not waiting on a timer
        self.stop()
        raise RuntimeError(f"synapse did not answer within {START_TIMEOUT_S} s:\n{self._tail()}")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)

    def _tail(self) -> str:
        parts = []
        for name in ("stderr.log", "homeserver.log"):
            path = self.root / name
            if path.exists():
                parts.append(path.read_text(errors="replace")[-3000:])
        return "\n".join(parts)

    def register(
        self,
        localpart: str,
        password: str | None = None,
        *,
        displayname: str | None = None,
        admin: bool = False,
    ) -> MatrixUser:
        """A new account through the shared-secret admin API, signed in."""
        password = password or secrets.token_urlsafe(12)
        url = self.base_url + "/_synapse/admin/v1/register"
        nonce = http_json("GET", url)["nonce"]
        digest = hmac.new(
            self._secret.encode(),
            b"\x00".join(
                p.encode() for p in (nonce, localpart, password, "admin" if admin else "notadmin")
            ),
            hashlib.sha1,
        ).hexdigest()
        body = {
            "nonce": nonce,
            "username": localpart,
            "password": password,
            "admin": admin,
            "mac": digest,
        }
        if displayname:
            body["displayname"] = displayname
        answer = http_json("POST", url, body)
        return MatrixUser(self.base_url, answer["user_id"], answer["access_token"], password)


@dataclass
class MatrixUser:
    """Another member of the work groups, speaking raw client-server HTTP."""

    base_url: str
    user_id: str
    token: str
    password: str
    _txn: int = 0

    def request(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None = None,
        query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        url = self.base_url + "/_matrix/client/v3" + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        return http_json(method, url, body, self.token)

    def create_room(
        self,
        name: str,
        *,
        topic: str = "",
        invite: tuple[MatrixUser, ...] = (),
        power: Mapping[str, int] | None = None,
        encrypted: bool = False,
    ) -> str:
        body: dict[str, Any] = {"name": name, "preset": "private_chat"}
        if topic:
            body["topic"] = topic
        if power:
            body["power_level_content_override"] = {"users": dict(power)}
        if encrypted:
            body["initial_state"] = [
                {
                    "type": "m.room.encryption",
                    "state_key": "",
                    "content": {"algorithm": "m.megolm.v1.aes-sha2"},
                }
            ]
        room_id: str = self.request("POST", "/createRoom", body)["room_id"]
        for member in invite:
            self.request("POST", f"/rooms/{_q(room_id)}/invite", {"user_id": member.user_id})
            member.join(room_id)
        return room_id

    def join(self, room_id: str) -> None:
        self.request("POST", f"/join/{_q(room_id)}", {})

    def send(self, room_id: str, content: Mapping[str, Any], kind: str = "m.room.message") -> str:
        self._txn += 1
        txn = f"t{self._txn}-{secrets.token_hex(4)}"
        path = f"/rooms/{_q(room_id)}/send/{_q(kind)}/{txn}"
        event_id: str = self.request("PUT", path, content)["event_id"]
        return event_id

    def text(self, room_id: str, body: str, **extra: Any) -> str:
        return self.send(room_id, {"msgtype": "m.text", "body": body, **extra})

    def notice(self, room_id: str, body: str) -> str:
        return self.send(room_id, {"msgtype": "m.notice", "body": body})

    def reply(self, room_id: str, event_id: str, body: str) -> str:
        return self.text(
            room_id, body, **{"m.relates_to": {"m.in_reply_to": {"event_id": event_id}}}
        )

    def edit(self, room_id: str, event_id: str, body: str) -> str:
        return self.send(
            room_id,
            {
                "msgtype": "m.text",
                "body": f"* {body}",
                "m.new_content": {"msgtype": "m.text", "body": body},
                "m.relates_to": {"rel_type": "m.replace", "event_id": event_id},
            },
        )

    def redact(self, room_id: str, event_id: str) -> str:
        self._txn += 1
        path = f"/rooms/{_q(room_id)}/redact/{_q(event_id)}/r{self._txn}-{secrets.token_hex(4)}"
        redaction_id: str = self.request("PUT", path, {})["event_id"]
        return redaction_id

    def upload(self, content: bytes, filename: str, mimetype: str) -> str:
        """Puts a file in the server's media repository; its mxc:// URI."""
        url = f"{self.base_url}/_matrix/media/v3/upload?" + urllib.parse.urlencode(
            {"filename": filename}
        )
        request = urllib.request.Request(url, data=content, method="POST")
        request.add_header("Content-Type", mimetype)
        request.add_header("Authorization", f"Bearer {self.token}")
        with _OPENER.open(request, timeout=30) as response:
            uri: str = json.loads(response.read())["content_uri"]
        return uri

    def file(
        self,
        room_id: str,
        content: bytes,
        filename: str,
        mimetype: str,
        msgtype: str = "m.file",
        caption: str | None = None,
    ) -> str:
        """Sends a file message as Element does: upload first, then the event naming it."""
        uri = self.upload(content, filename, mimetype)
        event: dict[str, Any] = {
            "msgtype": msgtype,
            "body": caption or filename,
            "url": uri,
            "info": {"mimetype": mimetype, "size": len(content)},
        }
        if caption:
            event["filename"] = filename
        return self.send(room_id, event)

    def set_displayname(self, name: str) -> None:
        self.request("PUT", f"/profile/{_q(self.user_id)}/displayname", {"displayname": name})

    def messages(self, room_id: str, limit: int = 100) -> list[dict[str, Any]]:
        """The room's latest events, newest first."""
        answer = self.request(
            "GET", f"/rooms/{_q(room_id)}/messages", query={"dir": "b", "limit": str(limit)}
        )
        chunk: list[dict[str, Any]] = answer["chunk"]
        return chunk


def _q(part: str) -> str:
    return urllib.parse.quote(part, safe="")
