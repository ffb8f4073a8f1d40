"""The officials page (Cán bộ) and who is working on this computer."""
