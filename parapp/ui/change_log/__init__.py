"""The change-log page (Nhật ký) and the words it writes changes in."""
