"""Why talking to the server failed, in the user's words: the reason codes of
`ConnectorError` and of the sync worker's offline status."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_TEXT = {
    "network": QT_TRANSLATE_NOOP("ServerReason", "no connection to the server"),
    "untrusted_certificate": QT_TRANSLATE_NOOP(
        "ServerReason",
        "the server's certificate is not trusted on this computer: ask IT to install your "
        "organisation's CA certificate",
    ),
    # The proxy is this computer's setting (or IT's): "no connection to the server" and
    # "sync failed" sent the user to the wrong place (IT).
    "proxy": QT_TRANSLATE_NOOP(
        "ServerReason",
        "cannot connect to the proxy server: check the proxy settings or ask IT",
    ),
    "server_error": QT_TRANSLATE_NOOP("ServerReason", "server error"),
    "rate_limited": QT_TRANSLATE_NOOP("ServerReason", "server asked to slow down"),
    "bad_response": QT_TRANSLATE_NOOP("ServerReason", "the server's answer could not be read"),
    "rejected": QT_TRANSLATE_NOOP("ServerReason", "the server turned the request down"),
    "too_large": QT_TRANSLATE_NOOP("ServerReason", "too large for the server"),
    "not_matrix": QT_TRANSLATE_NOOP(
        "ServerReason", "no Matrix server answers at this address: check it with IT"
    ),
    "unsupported": QT_TRANSLATE_NOOP("ServerReason", "this account's server does not offer it"),
    "sync_failed": QT_TRANSLATE_NOOP("ServerReason", "syncing failed; the log file says where"),
}


def server_reason_text(reason: str | None) -> str:
    """The words for `reason`; one desk has no words for is shown as it is."""
    source = _TEXT.get(reason or "")
    if source is None:
        return reason or QCoreApplication.translate("ServerReason", "unknown")
    return QCoreApplication.translate("ServerReason", source)
