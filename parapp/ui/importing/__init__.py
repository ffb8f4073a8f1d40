"""What the import dialogs share (layout, skip column, problems column) and the task import."""
