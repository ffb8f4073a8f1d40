"""Leaf helpers every folder uses: words (tr, messages), screen fit, table models, file dialogs.
Imports nothing else of the window."""
