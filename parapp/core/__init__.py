"""Domain rules of ParApp. Nothing in this package may import Qt or touch SQLite."""
