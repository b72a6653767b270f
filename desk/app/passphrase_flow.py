"""Changing the store's passphrase from the window, as `desk passphrase` does at a terminal.

The key stays the same: only its wrapping in desk.key changes (KeyVault.change_passphrase),
and desk.key is written whole or not at all, so the database is not rewritten and a failure
leaves the current passphrase working. desk keeps no passphrase in the system keychain:
a store whose key the keychain holds has no passphrase (the menu offers none), and one
under a passphrase has nothing in the keychain. So no keychain entry changes, as
`desk passphrase` changes none. DESK_PASSPHRASE, where a script set it, still holds the
old one: the message says so.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desk.store import keys
from desk.store.store import Store
from desk.ui.ops import StoreOps
from desk.ui.passphrase_dialog import ChangePassphraseDialog


def open_change_passphrase(
    parent: QWidget,
    store: Store,
    ops: StoreOps,
    said: Callable[[str], None],
    *,
    scrypt_n: int = keys.DEFAULT_SCRYPT_N,
) -> ChangePassphraseDialog:
    """Shows the dialog (window-modal); once the new passphrase is in place, `said` gets
    the words that say so. `scrypt_n`: the new wrapping's cost (tests take a lower one)."""
    vault = keys.KeyVault(store.data_dir.key_file, scrypt_n=scrypt_n)
    dialog = ChangePassphraseDialog(vault.change_passphrase, ops, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(lambda: said(changed_text()))
    dialog.open()
    return dialog


def changed_text() -> str:
    if os.environ.get(keys.ENV_PASSPHRASE):
        return QCoreApplication.translate(
            "Passphrase",
            "Passphrase changed. DESK_PASSPHRASE still holds the old one: change it too, "
            "or desk asks for the passphrase at its next start.",
        )
    return QCoreApplication.translate(
        "Passphrase", "Passphrase changed. desk asks for the new one from its next start."
    )
