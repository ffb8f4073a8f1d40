"""Round 33C: a lead cell whose role labels carry Word's raised footnote mark ("Chủ trì¹: Tư pháp" / "Phối hợp²:
Văn phòng", kept raised since 30D) was stored whole as the lead, no helper, linked to no official (32C read such
labels in prose, not in a cell)."""

from __future__ import annotations

from parapp.core.importing.model import ImportedTask
from parapp.core.importing.roles import split_roles


def test_the_raised_marks_on_the_labels():
    for cell in ("Chủ trì¹: Tư pháp\nPhối hợp: Văn phòng", "Chủ trì: Tư pháp; Phối hợp⁽²⁾: Văn phòng",
                 "Tư pháp (chủ trì¹); Văn phòng (phối hợp)"):
        task = ImportedTask(line=1, stt="1", content="x", lead=cell)
        split_roles(task)
        assert (task.lead, task.coordinators) == ("Tư pháp", "Văn phòng"), cell
    task = ImportedTask(line=1, stt="1", content="x", lead="Chủ trì¹: Văn phòng")
    split_roles(task)
    assert task.lead == "Văn phòng"
