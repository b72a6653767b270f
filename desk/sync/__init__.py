"""The sync engine: connectors in, store out, off the GUI thread. No Qt here."""
