"""Qt widgets, models, delegates and dialogs."""
