"""Application services: the use-cases the window and the command line share.

Each owns its transaction and the read-only rule, and is the only place its
rule lives (printing, finalising, checking, restoring, importing, figures). The
layers: parapp.ui and parapp.cli call parapp.services, which calls the store
and the renderers (parapp.store, parapp.pdf, parapp.docx, parapp.document),
which call parapp.core. pyproject.toml states it and import-linter checks it.
"""
