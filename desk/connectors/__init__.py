"""Server connectors: the protocol, the entry-point registry, and the built-in ones."""
