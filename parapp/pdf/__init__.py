"""PDF output in the national administrative format. Needs reportlab, never Qt."""
