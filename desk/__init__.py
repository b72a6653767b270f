"""desk: one prioritised inbox over all work groups."""

__version__ = "0.1.0"
