"""Tasks, their responsibility history and their progress notes."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple, TYPE_CHECKING

from parapp.core.dates import from_iso, iso
from parapp.core.messages import N_, ValidationError
from parapp.core.status import Status
from parapp.core.vntext import clean, fold, search_key
from parapp.gc_pause import paused_gc
from parapp.store.catalogues import area_id_for_code
from parapp.store.sql import inserted_id, now_stamp
from parapp.store.errors import NotFound

if TYPE_CHECKING:
    from parapp.core.task import Task
    from sqlite_utils import Database

_SEARCHED = ("stt", "content", "par_code", "lead_text", "coordinators", "product",
             "cause", "remedy", "note", "deadline_text", "group_title")
_LEAD_KEYS = ("lead_official_id", "lead_unit_id", "lead_text")


class TaskRow(NamedTuple):
    """One line of the register, with what a reader needs joined in."""

    id: int
    plan_id: int | None
    stt: str
    content: str
    area_id: int | None
    area_code: str
    area_name: str
    par_code: str
    lead_official_id: int | None
    lead: str
    coordinators: str
    deadline_text: str
    due: dt.date | None
    status: str
    completed_on: dt.date | None
    plan_label: str
    search: str  # folded text of the task and its lead, for diacritic-blind search
    recurrence: str = "none"  # recurring work is not late once its year is over (core.status.ended_with_year)
    plan_year: int | None = None  # ... its plan's year, or its due day's if later
    carried_year: int | None = None  # carried on by a task of this year's plan (store.carrying): done with here


def _search_text(row: dict[str, Any]) -> str:
    return fold(" ".join(str(row[k]) for k in _SEARCHED if row.get(k)))


def _plan_year(db: Database, plan_id: int | None, today: dt.date) -> tuple[int, str | None]:
    if plan_id is None:
        return today.year, None
    r = db.execute(
        "SELECT p.year, c.code FROM plans p LEFT JOIN catalogues c ON c.id = p.catalogue_id WHERE p.id = ?",
        [plan_id],
    ).fetchone()
    if not r:
        raise NotFound(N_("errors", "kế hoạch"), plan_id)
    return r[0], r[1]


def _check_refs(db: Database, v: dict[str, Any]) -> None:
    for key, table, what in (
        ("lead_official_id", "officials", N_("errors", "cán bộ")),
        ("lead_unit_id", "units", N_("errors", "đơn vị")),
        ("area_id", "areas", N_("errors", "lĩnh vực")),
    ):
        if v.get(key) is not None and not db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [v[key]]).fetchone():
            raise NotFound(what, v[key])


def _derive(db: Database, merged: dict[str, Any], v: dict[str, Any], today: dt.date, changed: set[str]) -> None:
    """Fill due date, recurrence, area and completion date the user left to us."""
    year, cat_code = _plan_year(db, merged.get("plan_id"), today)
    # The one place a due date follows from the deadline as written: when the text changed and no
    # date was given, or when the date was given as empty ("work it out from the text").
    if ("deadline_text" in changed and "due_date" not in v) or ("due_date" in v and v["due_date"] is None
                                                                and merged.get("deadline_text")):
        from parapp.core.deadline_text import parse_deadline

        d = parse_deadline(merged.get("deadline_text"), year)
        v["due_date"] = d.due
        if "recurrence" not in v or (v["recurrence"] == "none" and d.recurrence.value != "none"):
            v["recurrence"] = d.recurrence.value
    if "par_code" in changed and merged.get("par_code") and merged.get("area_id") is None and "area_id" not in v:
        from parapp.store.catalogues import catalogue_code_for_year

        v["area_id"] = area_id_for_code(db, cat_code or catalogue_code_for_year(year), merged["par_code"])
    status = v.get("status")
    if status == Status.DONE.value and not merged.get("completed_on") and "completed_on" not in v:
        v["completed_on"] = today
    if status in (Status.NOT_STARTED.value, Status.IN_PROGRESS.value):
        v["completed_on"] = None


def _check_code(db: Database, merged: dict[str, Any], today: dt.date) -> None:
    """A criterion code must be one the plan year's catalogue or a stored PAR INDEX set knows:
    "99.9" is refused with the codes it most likely meant (imports record a warning instead)."""
    from parapp.core.catalogue import catalogue_for_year, shipped_catalogues
    from parapp.core.validation import check_par_code

    code = merged.get("par_code")
    if not code:
        return
    year, cat_code = _plan_year(db, merged.get("plan_id"), today)
    cats = shipped_catalogues()
    cat = next((c for c in cats if c.code == cat_code), None) or catalogue_for_year(cats, year)
    extra = [r[0] for r in db.execute("SELECT DISTINCT code FROM par_criteria")]
    check_par_code(code, cat, extra)


def _to_db(v: dict[str, Any]) -> dict[str, Any]:
    return {k: (iso(val) if isinstance(val, dt.date) else val) for k, val in v.items()}


def create_task(db: Database, data: dict[str, Any], today: dt.date | None = None, *, check_code: bool = True) -> int:
    today = today or dt.date.today()
    if "content" not in data:
        data = {**data, "content": ""}
    from parapp.core.validation import validate_task  # the writing side's rules: not loaded to read the register

    v = validate_task(data, today)
    for key in ("plan_id", "area_id", "lead_official_id", "lead_unit_id"):
        if data.get(key) is not None:
            v[key] = int(data[key])
    merged = dict(v)
    _derive(db, merged, v, today, changed=set(v))
    merged.update(v)
    _check_refs(db, merged)
    if check_code:
        _check_code(db, merged, today)
    if merged.get("status") == Status.DROPPED.value and not merged.get("dropped_reason"):
        raise ValidationError(N_("errors", "Hãy ghi lý do dừng thực hiện nhiệm vụ."), field="dropped_reason")
    now = now_stamp()
    row = _to_db({**merged, "search_text": _search_text(merged), "created_at": now, "updated_at": now})
    with db.atomic():
        cols = ", ".join(row)
        task_id = inserted_id(db.execute(
            f"INSERT INTO tasks ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        ))
        if any(merged.get(k) for k in _LEAD_KEYS):
            _record_assignment(db, task_id, merged, today)
    return task_id


def _record_assignment(db: Database, task_id: int, row: dict[str, Any], today: dt.date) -> None:
    db.execute(
        """INSERT INTO task_assignments (task_id, official_id, unit_id, lead_text, since, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [task_id, row.get("lead_official_id"), row.get("lead_unit_id"), row.get("lead_text") or "",
         today.isoformat(), now_stamp()],
    )


def get_task(db: Database, task_id: int) -> Task:
    from parapp.core.task import TASK_FIELDS, Task  # building the dataclass is time a start does without

    r = db.execute(f"SELECT {', '.join(TASK_FIELDS)} FROM tasks WHERE id = ?", [task_id]).fetchone()
    if not r:
        raise NotFound(N_("errors", "nhiệm vụ"), task_id)
    row = dict(zip(TASK_FIELDS, r))
    for key in ("due_date", "completed_on"):
        row[key] = from_iso(row[key])
    return Task(**row)


def update_task(db: Database, task_id: int, data: dict[str, Any], today: dt.date | None = None) -> None:
    """Change some fields of a task; a change of lead is kept in its history."""
    today = today or dt.date.today()
    current = get_task(db, task_id).as_dict()
    from parapp.core.validation import validate_task

    v = validate_task(data, today)
    for key in ("plan_id", "area_id", "lead_official_id", "lead_unit_id"):
        if key in data:
            v[key] = int(data[key]) if data[key] is not None else None
    changed = {k for k in v if v[k] != current.get(k)}
    merged = {**current, **v}
    _derive(db, merged, v, today, changed)
    merged.update(v)
    _check_refs(db, merged)
    if "par_code" in changed or "plan_id" in changed:
        _check_code(db, merged, today)
    if "status" in changed and current.get("carried_to") is not None and merged["status"] in _ENDED:
        _refuse_ending_carried(db, current["carried_to"])
    if merged["status"] == Status.DROPPED.value and not merged.get("dropped_reason"):
        raise ValidationError(N_("errors", "Hãy ghi lý do dừng thực hiện nhiệm vụ."), field="dropped_reason")
    if not v:
        return
    v["search_text"] = _search_text(merged)
    v["updated_at"] = now_stamp()
    row = _to_db(v)
    with db.atomic():
        db.execute(
            f"UPDATE tasks SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
            [*row.values(), task_id],
        )
        if any(k in changed for k in _LEAD_KEYS):
            _record_assignment(db, task_id, merged, today)


_ENDED = (Status.DONE.value, Status.DROPPED.value)


def _refuse_ending_carried(db: Database, successor: int) -> None:
    """The work goes on in next year's plan (store.carrying): its result is recorded there. Done here as well, the
    old year's report would say the work was both finished and carried, and the successor would still be chased."""
    year = db.execute("SELECT p.year FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE t.id = ?",
                      [successor]).fetchone()
    if year is None and db.execute("SELECT 1 FROM tasks WHERE id = ?", [successor]).fetchone() is None:
        # The successor gone while the link stayed (a bit turned on the disk): "hãy ghi … ở nhiệm vụ số 1058" sent the
        # clerk to a task that is not there (round 41A). Repair empties the link as removing the successor does.
        raise ValidationError(N_("errors", "Nhiệm vụ này ghi là đã chuyển sang năm sau, nhưng nhiệm vụ nhận chuyển "
                                           "(số {0}) không còn trong dữ liệu. Hãy sửa chỗ đó: lệnh parapp repair "
                                           "--db <tệp dữ liệu> (trong cửa sổ: Tệp → Sao lưu ra USB…, nút “Sửa chỗ chữ "
                                           "hỏng” của hộp báo) bỏ liên kết đó như khi xóa nhiệm vụ nhận chuyển, không "
                                           "mất gì khác; rồi ghi hoàn thành hoặc dừng thực hiện ở đây."), successor,
                              field="status")
    if year is None:  # the successor since taken out of its plan
        raise ValidationError(N_("errors", "Nhiệm vụ này đã chuyển sang năm sau (nhiệm vụ số {0}): hãy ghi hoàn thành "
                                           "hoặc dừng thực hiện ở nhiệm vụ số {0}."), successor, field="status")
    raise ValidationError(N_("errors", "Nhiệm vụ này đã chuyển sang kế hoạch năm {0} (nhiệm vụ số {1}): hãy ghi "
                                       "hoàn thành hoặc dừng thực hiện ở nhiệm vụ số {1}."),
                          year[0], successor, field="status")


def delete_task(db: Database, task_id: int) -> None:
    with db.atomic():
        if db.execute("DELETE FROM tasks WHERE id = ?", [task_id]).rowcount == 0:
            raise NotFound(N_("errors", "nhiệm vụ"), task_id)


_ROWS_SQL = """
SELECT t.id, t.plan_id, t.stt, t.content, t.area_id, COALESCE(a.code, ''), COALESCE(a.name, ''),
       t.par_code, t.lead_official_id,
       COALESCE(o.full_name, u.name, ''), t.lead_text, t.coordinators, t.deadline_text, t.due_date,
       t.status, t.completed_on, COALESCE(p.number, ''), COALESCE(p.title, ''), t.search_text,
       COALESCE(t.recurrence, 'none'), p.year,
       CASE WHEN t.carried_to IS NULL THEN NULL
            ELSE COALESCE((SELECT np.year FROM tasks n JOIN plans np ON np.id = n.plan_id WHERE n.id = t.carried_to),
                          p.year + 1, 0) END
FROM tasks t
LEFT JOIN areas a ON a.id = t.area_id
LEFT JOIN officials o ON o.id = t.lead_official_id
LEFT JOIN units u ON u.id = t.lead_unit_id
LEFT JOIN plans p ON p.id = t.plan_id
"""


# The register's order: what is due first, tasks with no due date last. The index of migration m0011 holds it,
# so the ids come in this order without a sort and a page of lines is read by id.
_ORDER = " ORDER BY t.due_date IS NULL, t.due_date, t.id"
_PAGE = 500  # ids a query names at most (SQLite's limit on parameters is 999 in old builds)


def task_rows(db: Database, where: str = "", params: list | None = None) -> list[TaskRow]:
    """Every task as a register line, in the register's order (50,000 rows load in about half a second:
    the window opens on task_order and task_rows_by_id instead)."""
    with paused_gc():
        return _task_rows(db, where, params)


def task_order(db: Database) -> list[int]:
    """The id of every task, in the order task_rows gives them: read from the index alone."""
    return [r[0] for r in db.execute("SELECT t.id FROM tasks t" + _ORDER)]


def task_rows_by_id(db: Database, ids: list[int]) -> list[TaskRow]:
    """The register lines of these tasks (those of them that still exist), in the register's order."""
    out: list[TaskRow] = []
    with paused_gc():
        for k in range(0, len(ids), _PAGE):
            part = ids[k:k + _PAGE]
            out += _task_rows(db, f" WHERE t.id IN ({', '.join('?' * len(part))})", part)
    if len(ids) > _PAGE:
        out.sort(key=lambda r: (r.due is None, r.due or dt.date.min, r.id))
    return out


def _task_rows(db: Database, where: str, params: list | None) -> list[TaskRow]:
    fd = dt.date.fromisoformat
    out = []
    folded_names: dict[tuple[str, str, str], str] = {}
    for r in db.execute(_ROWS_SQL + where + _ORDER, params or []):
        name, lead_text = r[9], r[10]
        lead = name if not lead_text or lead_text == name else (f"{name} – {lead_text}" if name else lead_text)
        plan_label = r[16] or r[17]
        key = (name, r[6], plan_label)
        if key not in folded_names:
            # The plan's number too, shown in the register's own column: "120/KH" found nothing (a fresh-eyes walk,
            # round 41). A handful of names, areas and plans: folded once each.
            folded_names[key] = fold(name) + " " + fold(r[6]) + " " + fold(plan_label)
        search = r[18]
        if "ð" in search:  # folded before "Ð" counted as "Đ" (round 21A): found by "d" as a key folded now is
            search = search.replace("ð", "d")
        out.append(TaskRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], lead, r[11], r[12],
            fd(r[13]) if r[13] else None, r[14], fd(r[15]) if r[15] else None,
            plan_label, search_key(search + " " + folded_names[key]), r[19], r[20], r[21],
        ))
    return out


def assignment_history(db: Database, task_id: int) -> list[dict[str, Any]]:
    cur = db.execute(
        """SELECT ta.since, COALESCE(o.full_name, u.name, ''), ta.lead_text, ta.recorded_at
           FROM task_assignments ta
           LEFT JOIN officials o ON o.id = ta.official_id
           LEFT JOIN units u ON u.id = ta.unit_id
           WHERE ta.task_id = ? ORDER BY ta.id""",
        [task_id],
    )
    return [
        {"since": from_iso(r[0]), "lead": r[1] or r[2], "lead_text": r[2], "recorded_at": r[3]}
        for r in cur
    ]


def add_note(db: Database, task_id: int, text: str, note_date: dt.date | None = None,
             today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    text = clean(text)
    if not text:
        raise ValidationError(N_("errors", "Nội dung tiến độ đang trống. Hãy ghi kết quả hoặc việc đã làm."),
                              field="text")
    if note_date is not None and note_date > today:  # a slip of the year kept it out of every report till then
        raise ValidationError(N_("errors", "Ngày ghi tiến độ ({0}) sau ngày hôm nay. Hãy nhập ngày đã làm việc này."),
                              note_date.strftime("%d/%m/%Y"), field="note_date")
    get_task(db, task_id)
    return inserted_id(db.execute(
        "INSERT INTO progress_notes (task_id, note_date, text, created_at) VALUES (?, ?, ?, ?)",
        [task_id, (note_date or today).isoformat(), text, now_stamp()],
    ))


def list_notes(db: Database, task_id: int) -> list[dict[str, Any]]:
    return [
        {"id": r[0], "note_date": from_iso(r[1]), "text": r[2]}
        for r in db.execute(
            "SELECT id, note_date, text FROM progress_notes WHERE task_id = ? ORDER BY note_date, id", [task_id]
        )
    ]


def save_task(db: Database, task_id: int | None, data: dict[str, Any], *, note: str = "",
              note_date: dt.date | None = None, today: dt.date | None = None, outputs: list | None = None) -> int:
    """Create or update a task and, if given, add a progress note and set the documents it
    produced: all or nothing."""
    from parapp.store.report_inputs import set_outputs

    today = today or dt.date.today()
    with db.atomic():
        if task_id is None:
            task_id = create_task(db, data, today)
        else:
            update_task(db, task_id, data, today)
        if clean(note):
            add_note(db, task_id, note, note_date, today)
        if outputs is not None:
            set_outputs(db, task_id, outputs)
    return task_id
