"""A data file gone from its folder, its automatic snapshots kept (deleted by mistake, moved away): the latest
offered for it, and the sample commune not made over them. Apart from store.side_names, which the evidence rules
read (an import of store.backup there closed a cycle: backup, evidence, side_names, round 45A)."""

from __future__ import annotations

import os
from pathlib import Path

from parapp.core.messages import N_
from parapp.core.shell_words import shell_arg
from parapp.datadir import DB_FILENAME
from parapp.store.errors import StoreError
from parapp.store.side_names import KEPT_ASIDE, database_in, empty_file


class OverLostData(StoreError):
    def __init__(self, path, folder, snapshot, label):
        StoreError.__init__(self, N_("errors", "“{0}” chưa có, nhưng thư mục “{1}” còn các bản sao lưu tự động của một "
                                               "dữ liệu ParApp (mới nhất lúc {2}): tệp dữ liệu của nó có thể đã bị xóa "
                                               "nhầm hoặc chuyển đi. Xã mẫu tạo ở đó sẽ chung thư mục sao lưu tự động "
                                               "với dữ liệu đó và dần xóa các bản của nó. Chưa tạo xã mẫu, chưa ghi "
                                               "gì. Nếu đó là dữ liệu cần dùng, hãy khôi phục nó:\n    parapp restore "
                                               "{3} --db {4}\nhoặc tạo một thư mục riêng (ví dụ “{5}”) rồi tạo xã "
                                               "mẫu trong đó: parapp demo --db {6}"),
                            str(path), str(folder), label, shell_arg(snapshot), shell_arg(os.path.abspath(path)),
                            str(Path(folder) / "mau"), shell_arg(Path(folder) / "mau" / DB_FILENAME))


def refuse_over_lost_data(path: Path) -> None:
    """The sample commune made where a data file is gone but its automatic snapshots are kept (deleted by mistake,
    moved away): one backups/auto for both, the sample's snapshots pruning the office's way back, its restore list
    offering them as its own (round 43A). Refused with the restore of the latest."""
    found = lost_datas_snapshot(path)
    if found is not None:
        from parapp.datadir import data_dir_for

        raise OverLostData(path, data_dir_for(Path(path)), found.path, found.label)


def lost_datas_snapshot(path: Path, *, good_only: bool = False):
    """Where the data file `path` is not there (or 0 bytes) and no other data is in its folder, the latest automatic
    snapshot its folder keeps (the latest sound one first; `good_only`: only that), or None."""
    from parapp.datadir import data_dir_for
    from parapp.store.backup import latest_good, list_snapshots

    if os.path.lexists(path) and not empty_file(path):
        return None  # data there: the demo says so itself
    full = Path(os.path.abspath(path))
    other = database_in(full.parent, besides=full)
    # A damaged copy a restore kept aside ("xa-hong-<time>.db", named last) is no data in use: with xa.db itself gone,
    # it hid the snapshots and an empty register was made beside them, its own pruning them (round 45A).
    if other is not None and KEPT_ASIDE.search(other.name) is None:
        return None  # the snapshots are of the data there ("xa.db"), not lost: "restore them into parapp.db" is wrong
    folder = data_dir_for(Path(path))
    snaps = list_snapshots(folder)
    if not snaps:
        return None
    return latest_good(folder) or (None if good_only else snaps[0])
