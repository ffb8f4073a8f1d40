"""The Qt window. Depends on the core and the store; nothing depends on it."""
