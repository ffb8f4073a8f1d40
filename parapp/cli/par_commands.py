"""parapp par: the PAR INDEX self-assessment from the command line.

    parapp par --db PATH --year YYYY [--json]           the set, its scores and totals
    parapp par import-set FILE --db PATH --year YYYY    read the province's criteria table
    parapp par score --db PATH --year YYYY 1.1=2,5 …    self-scores (--official: the province's)
    parapp par pdf|docx|xlsx --db PATH --year YYYY --out F   the report (PDF, Word) / the table for upload
    parapp par remedy --db PATH --year YYYY             the following year's remediation plan
    parapp par remove-set --db PATH --year YYYY         remove a year's set (any year: the way out for one no
                                                        page can show), after a snapshot
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from parapp.core.par.points import format_points, to_number
from parapp.core.par.tree import CriteriaSet
from parapp.cli.waiting import say_waiting
from parapp.store.access import reading, writing
from parapp.store.writer_lock import PAR_REMEDY, PAR_SCORE, PAR_SET


def run(args, db_path: Path) -> int:
    year = getattr(args, "year", None)
    if year is None:
        print("Lỗi: hãy cho biết năm được đánh giá, ví dụ --year 2024.", file=sys.stderr)
        return 2
    today = dt.date.today()
    cmd = args.par_command
    if cmd == "remove-set":  # any year: the way out for a set stored for a year nothing can show
        return cmd_remove_set(db_path, year)
    from parapp.core.years import check_year

    check_year(year)
    if cmd == "import-set":
        return cmd_import_set(Path(args.file), db_path, year, province=args.province, replace=args.replace,
                              dry_run=args.dry_run, as_json=args.json)
    if cmd == "score":
        return cmd_score(db_path, year, args.assignments, official=args.official)
    if cmd == "pdf":
        return cmd_pdf(db_path, year, Path(args.out), today)
    if cmd == "docx":
        return cmd_docx(db_path, year, Path(args.out), today)
    if cmd == "xlsx":
        return cmd_xlsx(db_path, year, Path(args.out))
    if cmd == "remedy":
        return cmd_remedy(db_path, year, today)
    return cmd_show(db_path, year, as_json=args.json)


def set_json(cset: CriteriaSet) -> dict:
    areas = [{"code": a.code, "label": a.display_label, "name": a.name, "max": to_number(a.max_total),
              "self": to_number(a.self_total), "official": to_number(a.official_total) if a.has_official else None}
             for a in cset.areas]
    criteria = [{"code": n.code, "name": n.name, "max": to_number(n.max_milli), "self": to_number(n.self_milli),
                 "official": to_number(n.official_milli), "note": n.explanation, "evidence": list(n.evidence),
                 "area": a.code}
                for a in cset.areas for n in a.leaves()]
    return {"year": cset.year, "province": cset.province, "max_total": to_number(cset.max_total),
            "self_total": to_number(cset.self_total),
            "official_total": to_number(cset.official_total) if cset.has_official else None,
            "unscored": len(cset.unscored()), "areas": areas, "criteria": criteria}


def cmd_show(db_path: Path, year: int, *, as_json: bool) -> int:
    from parapp.store.par_index import require_set

    with reading(db_path, on_wait=say_waiting) as db:
        cset = require_set(db, year)
    if as_json:
        print(json.dumps(set_json(cset), ensure_ascii=False, indent=2))
        return 0
    print(f"Chỉ số CCHC năm {year}{' – tỉnh ' + cset.province if cset.province else ''}: tự đánh giá "
          f"{format_points(cset.self_total)}/{format_points(cset.max_total)} điểm"
          + (f", thẩm định {format_points(cset.official_total)}" if cset.has_official else "")
          + (f"; còn {len(cset.unscored())} tiêu chí chưa chấm." if cset.unscored() else "."))
    for depth, n in cset.walk():
        score = (format_points(n.self_total) if n.scored else "–") if n.is_group else \
            (format_points(n.self_milli) if n.self_milli is not None else "chưa chấm")
        code = n.display_label if depth == 0 else n.code  # the code `par score` takes
        print(f"{'  ' * depth}{code:<7} {n.name[:70]:<70} {score:>9} / {format_points(n.max_total)}")
    return 0


def cmd_import_set(path: Path, db_path: Path, year: int, *, province: str | None, replace: bool, dry_run: bool,
                   as_json: bool) -> int:
    """A dry run makes every check the import makes (exit 2 with the same reason) and says what the
    import would keep and lose; it writes nothing."""
    from parapp.core.messages import N_, Msg, ValidationError
    from parapp.core.par.build import scores_of_another_year
    from parapp.core.par.reading import read_file
    from parapp.services.par_sets import store_set
    from parapp.store.par_index import get_info, prepare_store

    read = read_file(path)
    built = read.build(year)
    if built.blocking:  # round 25B: stored with exit 0 and "Đã lưu", the scores to fix dropped; the window refuses
        rows = "; ".join(f"dòng {line}: {m}" for line, m in built.blocking)
        raise ValidationError(N_("par", "Bộ tiêu chí có {0} dòng cần sửa trước khi lưu (chưa ghi gì): {1} Hãy sửa "
                                        "tệp rồi nhập lại."), len(built.blocking), rows, context="par")
    cset = built.criteria
    other = scores_of_another_year(cset, read.title_year)
    if other is not None:
        raise ValidationError(other.template, *other.args, context="par")
    cset.province = province if province is not None else read.province
    if read.title_year and read.title_year != year:  # round 24C left, 25B: said
        read.notes.insert(0, Msg(N_("par", "Tệp ghi bộ tiêu chí năm {0}, bộ này được nhập cho năm {1} (--year). Nếu "
                                           "nhầm năm, hãy nhập lại với --year {0}."), read.title_year, year))
    opened = reading(db_path, on_wait=say_waiting) if dry_run else writing(db_path, PAR_SET, on_wait=say_waiting)
    with opened as db:
        if not replace and get_info(db, year) is not None:
            raise ValidationError(N_("par", "Năm {0} đã có bộ tiêu chí. Thêm --replace để thay bộ cũ (điểm, giải "
                                            "trình và tài liệu của các mã còn giữ nguyên được giữ lại)."), year,
                                  context="par")
        if dry_run:
            outcome = prepare_store(db, cset, replace=replace).outcome
        else:
            outcome = store_set(db, cset, source_name=path.name, replace=replace)
    notes = [(r.line, m) for r in built.rows for m in r.warnings] + built.blocking
    if as_json:
        out = set_json(cset)
        out.update({"mismatches": list(built.mismatches), "notes": list(read.notes),
                    "problems": [{"line": ln, "message": m} for ln, m in notes],
                    "stored": not dry_run, "kept_scores": outcome.kept_scores, "removed": outcome.removed,
                    "lost": [{"code": c, "self": to_number(s), "official": to_number(o)} for c, s, o in outcome.lost],
                    "unlinked_tasks": [{"task": t, "code": c} for t, c in outcome.unlinked],
                    "rescored": [{"code": c, "which": w, "old": to_number(a), "new": to_number(b)}
                                 for c, w, a, b in outcome.rescored],
                    "explanations_replaced": outcome.explanations_replaced,
                    "renamed": [{"code": c, "old_name": a, "new_name": b} for c, a, b in outcome.renamed]})
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    leaves = cset.leaves()
    print(f"Đọc được {len(cset.areas)} lĩnh vực, {len(leaves)} tiêu chí chấm điểm, tổng điểm tối đa "
          f"{format_points(cset.max_total)} từ {path.name}.")
    for m in [*built.mismatches, *read.notes]:
        print(f"Lưu ý: {m}")
    for line, m in notes:
        print(f"  dòng {line}: {m}")
    would = "Sẽ giữ lại" if dry_run else "Giữ lại"
    if outcome.kept_scores:
        print(f"{would} điểm, giải trình của {outcome.kept_scores} tiêu chí theo mã.")
    if outcome.rescored:  # round 30D: replaced in silence, and said "kept"
        print(f"Lưu ý: điểm ghi trong tệp {'sẽ ' if dry_run else ''}thay điểm đã chấm của các tiêu chí sau: "
              + ", ".join(f"{c} ({'tự đánh giá' if w == 'self' else 'thẩm định'} {format_points(a)} → "
                          f"{format_points(b)})" for c, w, a, b in outcome.rescored) + ".")
    if outcome.explanations_replaced:
        print(f"Lưu ý: giải trình ghi trong tệp {'sẽ ' if dry_run else ''}thay giải trình đã nhập của các tiêu chí "
              f"sau: {', '.join(outcome.explanations_replaced)}.")
    if outcome.renamed:  # round 30D: a renumbered set moved scores onto other criteria, said "kept"
        print(f"Lưu ý: điểm, giải trình giữ theo mã {'sẽ ' if dry_run else ''}nằm ở tiêu chí nay có tên khác (tỉnh có "
              "thể đã đánh số lại; hãy kiểm tra, chấm lại nếu cần): "
              + ", ".join(f"{c} (“{a}” nay là “{b}”)" for c, a, b in outcome.renamed) + ".")
    still = {n.code for n in leaves}
    groups = {n.code for _, n in cset.walk() if n.is_group}
    gone = [x for x in outcome.lost if x[0] not in still and x[0] not in groups]
    over = [x for x in outcome.lost if x[0] in still]
    split = [x for x in outcome.lost if x[0] in groups]
    if split:  # round 26D: said to be "no longer in the new set", though it is, with sub-criteria under it
        lost = ", ".join(_lost_text(c, s, o) for c, s, o in split)
        print(f"Lưu ý: các tiêu chí đã chấm sau nay có tiêu chí con (điểm, giải trình và tài liệu của chúng "
              f"{'sẽ ' if dry_run else ''}không giữ được, hãy chấm lại từng tiêu chí con): {lost}.")
    if gone:
        lost = ", ".join(_lost_text(c, s, o) for c, s, o in gone)
        print(f"Lưu ý: các tiêu chí đã chấm sau không còn trong bộ mới (điểm, giải trình và tài liệu của chúng "
              f"{'sẽ ' if dry_run else ''}không giữ được): {lost}.")
    if over:  # round 24C: these were said "no longer in the new set" though they are, their maximum lowered
        lost = ", ".join(_lost_text(c, s, o) for c, s, o in over)
        print(f"Lưu ý: các tiêu chí sau có điểm tối đa mới thấp hơn điểm đã chấm (điểm {'sẽ ' if dry_run else ''}"
              f"không giữ được, giải trình và tài liệu vẫn giữ): {lost}.")
    if outcome.unlinked:  # round 26D: the task's link went without a word
        tasks_ = ", ".join(f"số {t} (tiêu chí {c})" for t, c in outcome.unlinked)
        print(f"Lưu ý: các nhiệm vụ khắc phục sau {'sẽ ' if dry_run else ''}không còn gắn với tiêu chí nào của bộ mới "
              f"(nhiệm vụ vẫn ở trong kế hoạch; hãy sửa hoặc xóa nếu không còn cần): {tasks_}.")
    if dry_run:
        print(f"Chạy thử (--dry-run): chưa ghi gì; lệnh không có --dry-run sẽ lưu bộ tiêu chí năm {year}.")
        return 0
    print(f"Đã lưu bộ tiêu chí năm {year}.")
    return 0


def _lost_text(code: str, self_milli: int | None, official_milli: int | None) -> str:
    said = [f"tự đánh giá {format_points(self_milli)}"] if self_milli is not None else []
    said += [f"thẩm định {format_points(official_milli)}"] if official_milli is not None else []
    return f"{code} ({'; '.join(said)})" if said else f"{code} (giải trình, tài liệu)"


def cmd_score(db_path: Path, year: int, assignments: list[str], *, official: bool) -> int:
    from parapp.core.par.scores import split_assignment
    from parapp.store.par_index import set_scores

    given = [split_assignment(a) for a in assignments]
    with writing(db_path, PAR_SCORE, on_wait=say_waiting) as db:
        stored = set_scores(db, year, given, "official" if official else "self")
        from parapp.store.par_index import require_set

        cset = require_set(db, year)
    what = "điểm thẩm định" if official else "điểm tự đánh giá"
    print(f"Đã ghi {what} cho {len(stored)} tiêu chí. Tổng tự đánh giá: {format_points(cset.self_total)}/"
          f"{format_points(cset.max_total)} điểm.")
    return 0


def cmd_pdf(db_path: Path, year: int, out: Path, today: dt.date) -> int:
    from parapp.cli.pdf_commands import Output
    from parapp.services.par_outputs import par_pdf

    target = Output(out, "pdf", db_path)
    with reading(db_path, on_wait=say_waiting) as db:
        printed = par_pdf(db, year, today)
    target.save(printed.pdf, printed.warnings)
    print(f"Đã xuất báo cáo tự đánh giá Chỉ số CCHC năm {year} ra {out} (phông {printed.font}).")
    return 0


def cmd_docx(db_path: Path, year: int, out: Path, today: dt.date) -> int:
    from parapp.cli.pdf_commands import Output
    from parapp.services.par_outputs import par_docx

    target = Output(out, "docx", db_path)
    with reading(db_path, on_wait=say_waiting) as db:
        word = par_docx(db, year, today)
    target.save(word.docx, word.warnings)
    print(f"Đã xuất báo cáo tự đánh giá Chỉ số CCHC năm {year} ra {out} (bản Word để sửa).")
    return 0


def cmd_xlsx(db_path: Path, year: int, out: Path) -> int:
    from parapp.cli.pdf_commands import Output
    from parapp.services.par_outputs import par_xlsx

    target = Output(out, "xlsx", db_path)
    with reading(db_path, on_wait=say_waiting) as db:
        data = par_xlsx(db, year)
    target.save(data)
    print(f"Đã xuất bảng điểm Chỉ số CCHC năm {year} ra {out}.")
    return 0


def cmd_remove_set(db_path: Path, year: int) -> int:
    from parapp.services.par_sets import remove_par_set

    with writing(db_path, PAR_SET, on_wait=say_waiting) as db:
        gone = remove_par_set(db, year)
    print(f"Đã xóa bộ tiêu chí Chỉ số CCHC năm {gone.year}: {gone.criteria} mục, {gone.scored} tiêu chí đã có điểm, "
          f"{gone.documents} liên kết tài liệu. Dữ liệu trước khi xóa được giữ trong bản sao lưu tự động.")
    return 0


def cmd_remedy(db_path: Path, year: int, today: dt.date) -> int:
    from parapp.services.par_remedy import make_plan

    with writing(db_path, PAR_REMEDY, on_wait=say_waiting) as db:
        outcome = make_plan(db, year, today=today)
    print(outcome.plan_id)
    extra = f"; {outcome.already} tiêu chí đã có nhiệm vụ từ trước" if outcome.already else ""
    print(f"Kế hoạch khắc phục số {outcome.plan_id}: thêm {len(outcome.created)} nhiệm vụ{extra}.", file=sys.stderr)
    return 0
