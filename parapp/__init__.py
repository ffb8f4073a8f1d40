"""ParApp: the commune's administrative-reform (CCHC) task register."""

__version__ = "0.1.0"
