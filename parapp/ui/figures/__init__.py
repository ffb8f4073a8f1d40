"""The figures page (Số liệu), its table, the indicator dialog and the figures import."""
