"""Entry point. Imports Qt only when the window is actually opened, so every
subcommand runs on a machine with no display."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from parapp import __version__
from parapp.core.messages import ParAppError


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Accepted before or after the subcommand: `parapp --db X tasks` and
    # `parapp tasks --db X` both work. SUPPRESS keeps the subcommand's
    # absent option from overwriting the top-level one.
    parser.add_argument(
        "--db", metavar="PATH", default=None if top else argparse.SUPPRESS,
        help="tệp dữ liệu (mặc định: trong thư mục dữ liệu của người dùng)",
    )


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="parapp", description="ParApp – theo dõi nhiệm vụ cải cách hành chính cấp xã.")
    p.add_argument("--version", action="version", version=f"ParApp {__version__}")
    _db_option(p, top=True)
    sub = p.add_subparsers(dest="command", metavar="LỆNH")

    d = sub.add_parser("demo", help="tạo một xã mẫu với cán bộ, kế hoạch và nhiệm vụ")
    _db_option(d)
    d.add_argument("--open", action="store_true", help="mở cửa sổ sau khi tạo")

    t = sub.add_parser("tasks", help="liệt kê nhiệm vụ")
    _db_option(t)
    t.add_argument("--json", action="store_true", help="in dạng JSON")
    t.add_argument("--status", choices=["overdue", "due-soon", "done", "open"], help="lọc theo tình trạng")
    return p


def _db_path(args) -> Path:
    if args.db:
        return Path(args.db)
    from parapp.datadir import default_db_path

    path = default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _open_window(db_path: Path) -> int:
    from parapp.ui.app import run_app

    return run_app(db_path)


def _run(args) -> int:
    if args.command == "demo":
        from parapp.cli.commands import cmd_demo

        code = cmd_demo(_db_path(args), today=dt.date.today())
        if args.open and code in (0, 3):
            return _open_window(_db_path(args))
        return 0 if code == 0 else 2
    if args.command == "tasks":
        from parapp.cli.commands import cmd_tasks

        return cmd_tasks(_db_path(args), as_json=args.json, status=args.status, today=dt.date.today())
    return _open_window(_db_path(args))


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        # Windows consoles default to a legacy code page; Vietnamese must survive.
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stderr.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except ParAppError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        if os.environ.get("PARAPP_DEBUG"):
            raise
        print(
            f"Lỗi không mong đợi: {exc}. Dữ liệu đã lưu không bị ảnh hưởng. "
            "Chạy lại với biến môi trường PARAPP_DEBUG=1 để xem chi tiết và gửi cho người hỗ trợ.",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
