"""Word's bullets copied as plain text: the character its font draws ("·", "", Courier New's "o", Wingdings' "§",
"Ø", "ü" and "n", "q", "v"), a tab after it. One list for prose (text_list._ITEM, 39C: none an item's mark, short items
and those under a post left out) and a table's cells (table_rows, 40C: "· Rà soát …" glued onto the task above, "·" in
the number column a task numbered "·" asking for a deadline)."""

from __future__ import annotations

import re

BULLETS = re.escape("-–•+·\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf06e\uf071➢➤►▪■●○◦✓✔❖—−")  # for a character class
# letters that are a bullet only alone before a space: no word is one letter of these
BULLET_LETTERS = "oqvnüØ§"
