"""The task register (Nhiệm vụ), the task editor, completion and the plans page."""
