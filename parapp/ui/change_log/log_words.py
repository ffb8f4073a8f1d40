"""The change log in people's words.

The log keeps what the database holds (column names, ids, `q1`, ISO times);
people read field names as the window labels them, officials and plans by
name, tasks by their STT and content, periods as "Quý I năm 2026" and times as
20/05/2024 10:15. Internal columns (hashes, file paths, sizes) are not shown.
"""

from __future__ import annotations

from parapp.core.messages import N_
from parapp.store.change_log import LogEntry, LogNames
from parapp.ui.widgets.texts import fmt_date, recurrence_label, status_label, tr, trc

ENTITY = {"tasks": N_("log", "Nhiệm vụ"), "officials": N_("log", "Cán bộ"), "plans": N_("log", "Kế hoạch"),
          "progress_notes": N_("log", "Ghi chép tiến độ"), "reports": N_("log", "Báo cáo"),
          "evidence": N_("log", "Tệp kiểm chứng"), "par_sets": N_("log", "Bộ tiêu chí CCHC"),
          "par_criteria": N_("log", "Tiêu chí CCHC"), "par_evidence": N_("log", "Tài liệu của tiêu chí"),
          "figures": N_("log", "Số liệu"), "task_outputs": N_("log", "Văn bản đã ban hành"),
          "proposals": N_("log", "Kiến nghị"), "report_basis": N_("log", "Văn bản căn cứ"),
          "indicators": N_("log", "Chỉ tiêu"), "signed_copies": N_("log", "Bản báo cáo đã ký"),
          "settings": N_("log", "Thông tin của xã"), "period_rules": N_("log", "Lịch báo cáo"),
          "restore": N_("log", "Toàn bộ dữ liệu"), "repair": N_("log", "Chữ không đọc được")}
ACTION = {"insert": N_("log", "Thêm"), "update": N_("log", "Sửa"), "delete": N_("log", "Xóa"),
          "restore": N_("log", "Khôi phục"), "repair": N_("log", "Sửa chỗ chữ hỏng")}

# Field names as the forms label them (task editor, officials, plans, reports, PAR INDEX).
FIELD = {
    "plan_id": N_("log", "Kế hoạch"), "stt": N_("log", "STT"), "content": N_("log", "Nội dung"),
    "area_id": N_("log", "Lĩnh vực"), "par_code": N_("log", "Mã tiêu chí (TCTP)"),
    "lead_official_id": N_("log", "Người chủ trì"), "lead_unit_id": N_("log", "Đơn vị chủ trì"),
    "lead_text": N_("log", "Chủ trì (theo văn bản)"),
    "coordinators": N_("log", "Phối hợp"), "deadline_text": N_("log", "Thời gian thực hiện"),
    "due_date": N_("log", "Hạn hoàn thành"), "recurrence": N_("log", "Lặp lại"), "status": N_("log", "Trạng thái"),
    "completed_on": N_("log", "Ngày hoàn thành"), "delay_reason": N_("log", "Lý do chậm"),
    "dropped_reason": N_("log", "Lý do dừng"), "note": N_("log", "Ghi chú"), "product": N_("log", "Sản phẩm"),
    "cause": N_("log", "Nguyên nhân"), "remedy": N_("log", "Giải pháp"), "budget": N_("log", "Kinh phí"),
    "result": N_("log", "Kết quả đạt được"), "support_request": N_("log", "Kiến nghị cấp trên"),
    "carried_to": N_("log", "Chuyển sang năm sau"),
    "full_name": N_("log", "Họ và tên"), "position": N_("log", "Chức danh"), "unit_id": N_("log", "Cơ quan, đơn vị"),
    "phone": N_("log", "Điện thoại"), "active": N_("log", "Đang công tác"),
    "number": N_("log", "Số, ký hiệu"), "issued_on": N_("log", "Ngày ban hành"),
    "issuer": N_("log", "Cơ quan ban hành"),
    "title": N_("log", "Trích yếu"), "year": N_("log", "Năm"), "signer": N_("log", "Người ký"),
    "is_annual": N_("log", "Kế hoạch CCHC năm của xã"),
    "note_date": N_("log", "Ngày ghi"), "text": N_("log", "Nội dung"),
    "state": N_("log", "Tình trạng"), "finalized_on": N_("log", "Ngày chốt"), "sent_on": N_("log", "Ngày gửi"),
    "sent_channel": N_("log", "Gửi qua"), "sent_number": N_("log", "Số văn bản"),
    "original_name": N_("log", "Tệp"), "doc_kind": N_("log", "Loại văn bản"), "summary": N_("log", "Trích yếu"),
    "value": N_("log", "Số liệu"), "name": N_("log", "Tên"), "unit": N_("log", "Đơn vị tính"),
    "code": N_("log", "Mã"), "self_milli": N_("log", "Tự đánh giá"), "official_milli": N_("log", "Thẩm định"),
    "max_milli": N_("log", "Điểm tối đa"), "explanation": N_("log", "Giải trình"),
    "official_rank": N_("log", "Xếp hạng"), "province": N_("log", "Tỉnh"),
    "remedy_plan_id": N_("log", "Kế hoạch khắc phục"),
    "kind": N_("log", "Loại bản"), "signed_by": N_("log", "Người ký"), "signed_at": N_("log", "Thời gian ký"),
    # The commune's details (Thông tin của xã) and the reporting schedule, as their dialogs label them.
    "commune_name": N_("log", "Tên UBND xã"), "superior_body": N_("log", "Cơ quan cấp trên"),
    "place_name": N_("log", "Địa danh"), "chairman": N_("log", "Chủ tịch UBND xã"),
    "vice_chairmen": N_("log", "Các Phó Chủ tịch"), "office_official_id": N_("log", "Người tổng hợp báo cáo CCHC"),
    "offices": N_("log", "Các cơ quan chuyên môn"), "one_stop_unit": N_("log", "Nơi tiếp nhận hồ sơ"),
    "report_persons": N_("log", "Nêu tên người trong báo cáo"), "numbering": N_("log", "Số và ngày báo cáo"),
    "header_parent": N_("log", "Cơ quan chủ quản"), "report_recipients": N_("log", "Kính gửi"),
    "report_cc": N_("log", "Nơi nhận"), "drafting_unit": N_("log", "Đơn vị soạn thảo"),
    "report_naming": N_("log", "Cơ quan chủ trì trong báo cáo"), "period_preset": N_("log", "Mẫu lịch báo cáo"),
    "enabled": N_("log", "Có báo cáo"), "window": N_("log", "Số liệu từ – đến"), "deadline": N_("log", "Hạn gửi"),
    "draft_text": N_("log", "Nội dung bản nháp"),
}
# Kept for the record, not for reading: hashes, where a file came from, sizes, keys.
HIDDEN = {"content_hash", "sha256", "original_path", "size", "task_id", "period_kind", "set_id", "criterion_id",
          "evidence_id", "source", "combine", "area_code", "report_id", "start_day", "start_month", "start_offset",
          "end_day", "end_month", "end_offset", "deadline_day", "deadline_month", "deadline_offset", "days_after_end",
          "draft_title", "draft_opening", "draft_sections"}
REPORT_STATE = {"draft": N_("log", "Bản nháp"), "final": N_("log", "Đã chốt"), "sent": N_("log", "Đã gửi")}


def when(at: str) -> str:
    """'2024-05-20 10:15:07' → '20/05/2024 10:15'."""
    if len(at) >= 16 and at[4] == "-" and at[7] == "-":
        return f"{at[8:10]}/{at[5:7]}/{at[0:4]} {at[11:16]}"
    return at


def period_label(kind: str | None, year) -> str:
    """'q1', 2026 → 'Quý I năm 2026' (English: 'Q1 2026')."""
    from parapp.core.periods import KIND_LABELS, PeriodKind
    from parapp.ui.i18n import current

    try:
        k = PeriodKind(kind)
    except ValueError:
        return f"{kind} {year or ''}".strip()
    if current() == "vi":
        from parapp.core.report_words import period_phrase

        text = period_phrase(k, year)
        return text[:1].upper() + text[1:]
    return f"{trc('periods', KIND_LABELS[k])} {year}"


def _short(text: str, n: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def value_text(field: str, v, names: LogNames) -> str:
    if v is None or v == "":
        return tr("(trống)")
    if field == "status":
        try:
            return status_label(str(v))
        except ValueError:
            return str(v)
    if field == "recurrence":
        try:
            return recurrence_label(str(v))
        except ValueError:
            return str(v)
    if field == "state":
        return trc("log", REPORT_STATE[v]) if v in REPORT_STATE else str(v)
    if field == "carried_to" and isinstance(v, int):  # the task it goes on as, by STT and words, not its id
        return _task_words(v, names)
    if field == "lead_official_id":
        return names.officials.get(v, tr("cán bộ đã xóa"))
    if field in ("unit_id", "lead_unit_id"):
        return names.units.get(v, str(v))
    if field == "area_id":
        return names.areas.get(v, str(v))
    if field in ("plan_id", "remedy_plan_id"):
        return _short(names.plans.get(v, tr("kế hoạch đã xóa")), 60)
    if field in ("active", "is_annual", "enabled", "report_persons"):
        return tr("có") if v and v not in ("0", "false", "False") else tr("không")
    if field == "signer" and (v == "chairman" or str(v).startswith("vice:")):
        return tr("Chủ tịch ký") if v == "chairman" else tr("{0} ký thay").format(str(v)[5:])
    if field == "report_naming":
        return {"late": tr("chỉ ở việc chậm, quá hạn"), "always": tr("luôn nêu"), "never": tr("không nêu")}.get(
            str(v), str(v))
    if field == "office_official_id":
        return names.officials.get(int(v), str(v)) if str(v).isdigit() else str(v)
    if field == "numbering":
        return {"system": tr("hệ thống quản lý văn bản cấp"), "office": tr("văn thư cấp khi chốt")}.get(str(v), str(v))
    if field in ("vice_chairmen", "report_recipients", "report_cc", "offices") and isinstance(v, str) and \
            v.startswith("["):
        import json

        try:
            return _short("; ".join(json.loads(v)) or tr("(trống)"), 120)
        except (ValueError, TypeError, RecursionError):  # '[[[[…' 50,000 deep: shown as the text it is
            return _short(v, 120)
    if field.endswith("_milli") and isinstance(v, int):  # PAR INDEX points, kept in thousandths
        from parapp.core.par.points import format_points

        return format_points(v)
    if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
        import datetime as dt

        try:
            return fmt_date(dt.date.fromisoformat(v))
        except ValueError:
            return v
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return _short(str(v), 120)


def _task_words(task_id, names: LogNames, fallback: dict | None = None) -> str:
    stt, content = names.tasks.get(task_id, ((fallback or {}).get("stt", ""), (fallback or {}).get("content", "")))
    if not content:
        return tr("nhiệm vụ đã xóa")
    return tr("nhiệm vụ {0}: {1}").format(stt, _short(content)) if stt else tr("nhiệm vụ: {0}").format(_short(content))


def subject(e: LogEntry, names: LogNames) -> str:
    """What was changed, as people name it."""
    row = e.after or e.before or {}
    kind = trc("log", ENTITY.get(e.entity, e.entity))
    if e.entity == "tasks":
        words = _task_words(e.entity_id, names, row)
        return words[:1].upper() + words[1:]
    if e.entity in ("progress_notes", "evidence", "task_outputs"):
        detail = {"evidence": row.get("original_name", ""),
                  "task_outputs": " ".join(x for x in (row.get("doc_kind", ""), row.get("number", "")) if x)}.get(
            e.entity, "")
        head = f"{kind} “{detail}”" if detail else kind
        return f"{head} – {_task_words(row.get('task_id', e.task_id), names)}"
    if e.entity in ("reports", "proposals", "report_basis"):
        period = period_label(row.get("period_kind") or None, row.get("year")) if row.get("period_kind") \
            else tr("Cả năm {0}").format(row.get("year", ""))
        return f"{kind} {period[:1].lower() + period[1:] if e.entity != 'reports' else period}"
    if e.entity == "figures":
        name = names.indicators.get(row.get("code", ""), row.get("code", ""))
        return f"{kind} {period_label(row.get('period_kind'), row.get('year'))}: {_short(name, 60)}"
    if e.entity == "officials":
        return f"{kind} {row.get('full_name') or names.officials.get(e.entity_id, '')}".strip()
    if e.entity == "plans":
        label = names.plans.get(e.entity_id) or row.get("number") or row.get("title", "")
        if label.lower().startswith(kind.lower()):  # "Kế hoạch khắc phục …" needs no "Kế hoạch" before it
            return _short(label, 70)
        return f"{kind} {_short(label, 60)}".strip()
    if e.entity == "par_sets":
        return tr("Bộ tiêu chí Chỉ số CCHC năm {0}").format(row.get("year", ""))
    if e.entity == "par_criteria":
        year = names.par_years.get(row.get("set_id"), "")
        return tr("Tiêu chí {0} (năm {1})").format(row.get("code", ""), year)
    if e.entity == "par_evidence":
        code = names.criteria.get(row.get("criterion_id"), ("", ""))[0]
        return tr("Tài liệu “{0}” của tiêu chí {1}").format(row.get("original_name", ""), code)
    if e.entity == "indicators":
        return f"{kind} {row.get('name', '')}".strip()
    if e.entity == "period_rules":
        from parapp.core.periods import KIND_LABELS, PeriodKind

        try:
            return f"{kind}: {trc('periods', KIND_LABELS[PeriodKind(row.get('kind'))])}"
        except ValueError:
            return kind
    if e.entity == "signed_copies":
        return f"{kind} “{row.get('original_name', '')}”"
    return kind


def _rule_words(row: dict | None) -> dict:
    """A reporting rule's days as the schedule dialog writes them."""
    if not row:
        return {}
    from parapp.core.periods import DayOfYear, format_day

    def day(prefix: str) -> str:
        try:
            return format_day(DayOfYear(row[f"{prefix}_day"], row[f"{prefix}_month"], row.get(f"{prefix}_offset") or 0))
        except (KeyError, TypeError):
            return ""

    deadline = day("deadline") if row.get("deadline_day") is not None else \
        tr("{0} ngày sau kỳ").format(row.get("days_after_end"))
    return {"enabled": row.get("enabled"), "window": f"{day('start')} – {day('end')}", "deadline": deadline}


def _changed_sections(before: dict | None, after: dict | None) -> str:
    """Which parts of a draft's text were replaced, by their titles."""
    def parts(row: dict | None) -> dict[str, object]:
        out: dict[str, object] = {tr("tiêu đề"): (row or {}).get("draft_title")}
        if (row or {}).get("draft_opening"):
            out[tr("phần mở đầu")] = row["draft_opening"]  # type: ignore[index]

        def walk(secs):
            for sec in secs or []:
                if isinstance(sec, dict):
                    out[sec.get("title") or sec.get("key") or "…"] = sec.get("paragraphs")
                    walk(sec.get("subsections"))

        walk((row or {}).get("draft_sections"))
        return out

    b, a = parts(before), parts(after)
    changed = [k for k in list(a) + [k for k in b if k not in a] if a.get(k) != b.get(k)]
    return tr("sửa {0}").format(", ".join(f"“{_short(str(k), 50)}”" for k in changed[:4])
                                + (" …" if len(changed) > 4 else "")) if changed else tr("sửa")


def _restore_words(row: dict) -> str:
    """Where the data came back from, and where the data it replaced is kept (the way back, if it was a mistake)."""
    parts = [tr("Từ tệp “{0}”").format(row.get("restored_from", ""))]
    if row.get("backup_made"):
        parts.append(tr("bản sao lưu lập lúc {0}").format(when(str(row["backup_made"]))))
    if row.get("kept_before"):
        parts.append(tr("dữ liệu trước khi khôi phục được giữ ở “{0}”").format(row["kept_before"]))
    return "; ".join(parts)


def _repair_words(row: dict, names: LogNames) -> str:
    """Each place `parapp repair` mended, as the window labels it, and where the data from before is kept."""
    places = []
    for table, column, rowid in row.get("places") or []:
        field = trc("log", FIELD[column]) if column in FIELD else column
        if table == "audit_log":  # the old words of a change, kept in this log
            places.append(tr("nhật ký thay đổi, dòng {0}").format(rowid))
        elif table == "tasks":  # by its STT and words, as everywhere (its database id means nothing to anyone)
            places.append(f"{_task_words(rowid, names)}, “{field}”")
        elif table == "settings":  # by the setting's name, as its own lines name it (34A: "dòng 6, “Số liệu”")
            places.append(f"{trc('log', ENTITY[table])}, “{field}”")
        else:
            what = trc("log", ENTITY[table]) if table in ENTITY else table
            places.append(tr("{0}, dòng {1}, “{2}”").format(what, rowid, field))
    parts = [tr("{0} chỗ: {1}").format(len(places), "; ".join(places[:5]) + (" …" if len(places) > 5 else ""))]
    if row.get("kept_before"):
        parts.append(tr("dữ liệu trước khi sửa được giữ ở “{0}”").format(row["kept_before"]))
    return "; ".join(parts)


def describe(e: LogEntry, names: LogNames) -> str:
    """What changed: each field by its label, before → after; for an addition or deletion, the gist."""
    if e.entity == "restore":
        return _restore_words(e.after or {})
    if e.entity == "repair":
        return _repair_words(e.after or {}, names)
    if e.entity == "period_rules":
        e = LogEntry(e.id, e.at, e.os_user, e.official, e.entity, e.entity_id, e.task_id, e.action,
                     _rule_words(e.before) or None, _rule_words(e.after) or None)
        if e.action != "update":
            row = (e.after if e.action == "insert" else e.before) or {}
            return "; ".join(f"{trc('log', FIELD[k])}: {value_text(k, row.get(k), names)}" for k in ("window",
                                                                                                  "deadline"))
    if e.entity == "reports" and any(k.startswith("draft_") for k in (e.after or {})):
        return f"{trc('log', FIELD['draft_text'])}: {_changed_sections(e.before, e.after)}"
    if e.entity == "settings" and e.action in ("insert", "delete"):
        row = (e.after if e.action == "insert" else e.before) or {}
        return "; ".join(f"{trc('log', FIELD[k])}: {value_text(k, v, names)}" for k, v in row.items() if k in FIELD)
    if e.action in ("insert", "delete"):
        row = (e.after if e.action == "insert" else e.before) or {}
        if e.entity == "tasks":
            return _short(row.get("content", ""), 160)
        for key in ("text", "summary", "explanation", "title", "name", "full_name", "original_name"):
            if row.get(key):
                return _short(row[key], 160)
        if e.entity == "figures":
            return f"{trc('log', FIELD['value'])}: {value_text('value', row.get('value'), names)}"
        return ""
    # Only fields with a label are shown (a test keeps every logged column labelled or hidden).
    parts = [f"{trc('log', FIELD[k])}: {value_text(k, b, names)} → {value_text(k, a, names)}"
             for k, b, a in e.changes() if k in FIELD and k not in HIDDEN]
    return "; ".join(parts)


def who(e: LogEntry) -> str:
    return e.official or e.os_user or tr("không rõ")
