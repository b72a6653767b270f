"""Wiring: start-up, logging, the worker thread, the window."""
