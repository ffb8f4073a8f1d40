"""Starting the window: one instance per data folder, the database opened
safely (or a way back offered), snapshots at the first start of a day and on
closing after changes."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from parapp.core.messages import ParAppError
from parapp.datadir import data_dir_for
from parapp.ui.widgets.texts import error_text, show_error, tr

# The store's SQLite side (sqlite_utils under it) and the pages are imported after
# the window's frame is on screen: on an old PC with a hard disk, loading them takes
# a while, and a window that appears at once is one the user does not start twice.
# What runs before the frame (the language, the writer lock) uses only light modules.


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("ParApp")
    app.setOrganizationName("ParApp")
    font = QFont(app.font())
    if font.pointSize() < 10:
        font.setPointSize(10)  # old office monitors, older eyes
    app.setFont(font)
    # Icons come from ParApp's files and Qt's own, as on Windows (whose search path this is). Elsewhere
    # Qt would first search the desktop's icon themes on disk: the search box's clear button alone cost
    # ~31M instructions of each start on Linux (bench/startup_instructions.py), for the same Qt icon.
    from PySide6.QtGui import QIcon

    QIcon.setThemeSearchPaths([":/icons"])
    return app


def say_before_window(exc: ParAppError, lang: str | None) -> None:
    """What stops the window before it can open (no data folder can be made), said in a box: a
    shortcut's start has no console to read."""
    from parapp.ui import i18n

    app = make_app()
    i18n.install(app, lang or "vi")
    show_error(None, error_text(exc), tr("Không mở được dữ liệu"))


def open_for_window(db_path: Path, *, unlocked: bool = False):
    """`unlocked`: the writer lock could not be taken (_take_writer_lock returned None):
    the window only reads, whatever the database file itself allows."""
    from parapp.store import open_database
    from parapp.store.db import open_readonly
    from parapp.store.errors import DatabaseDamaged, DatabaseTooNew, DiskFull, FolderReadOnly, NotParAppDatabase

    if unlocked and os.path.isfile(db_path):  # never raises: a folder this account cannot enter is said below
        # Writing without the lock would write beside a command line that holds it.
        return open_readonly(db_path)
    if not os.path.isfile(db_path) or os.path.getsize(db_path) == 0:
        from parapp.ui.first_start import before_new_data

        # A new data file beside another ParApp database, or in a data folder's evidence or backups: refused (rounds
        # 40A, 41A). In a folder with snapshots the data is gone: the latest good offered (43A).
        before_new_data(Path(db_path))
    try:
        return open_database(db_path, catalogues_later=True)
    except (FolderReadOnly, DiskFull):
        # A 0-byte file (a copy cut short) holds nothing to read: read-only, it was "không phải là cơ sở dữ liệu
        # ParApp … một tên tệp mới", of parapp.db in a folder where no file can be made (round 44A)
        if os.path.isfile(db_path) and os.path.getsize(db_path) > 0:
            return open_readonly(db_path)  # a CD, a locked stick, a full disk: read, don't crash
        raise
    except (DatabaseDamaged, NotParAppDatabase, DatabaseTooNew) as exc:
        from parapp.store.side_names import DatabaseSideFile
        from parapp.store.wrong_file import DatabaseIsBackup
        from parapp.ui.recovery_offer import offer_recovery

        # The lock or a WAL given for the data: no snapshot is restored into it (round 30A). Nor into a backup given
        # for it: the box restored a database into the backup file, then opened that as the data (round 31A).
        if (os.path.isfile(db_path) and not isinstance(exc, (DatabaseSideFile, DatabaseIsBackup))
                and offer_recovery(db_path, exc)):
            return open_database(db_path, catalogues_later=True)
        raise


def why_read_only(db_path: Path, db, *, unlocked: bool) -> str:
    """Why the data opened read-only, for the window's banner: each has its own next step.
    A lock file this account cannot open in a folder it can write is another account's ParApp
    (open now, or killed and its file left): said as "the folder or USB cannot be written", the
    clerk was sent to copy the data away from a folder that takes writes (round 14)."""
    from parapp.store.backup import is_automatic_snapshot
    from parapp.store.connect import FULL
    from parapp.store.writer_lock import lock_path_for

    # The folder the file is in, as SQLite, the lock and the command line judge it: through a link from a folder that
    # takes writes, data on a write-locked stick was "tệp … đánh dấu chỉ đọc" and not the stick (round 33B).
    folder = os.path.dirname(os.path.realpath(db_path))
    # Tried too (round 41B): a stick turned read-only by an error under the window left the writer lock there, and the
    # banner blamed "another account" and sent the clerk to have that lock file deleted, on a stick that takes nothing.
    from parapp.files import can_write_in

    folder_writable = os.access(folder, os.W_OK) and can_write_in(folder)
    if getattr(db, "limited", None) == FULL:
        return "full"
    if _has_other_names(db_path):
        return "links"
    if is_automatic_snapshot(db_path):
        return "snapshot"
    if unlocked and folder_writable and lock_path_for(db_path).is_dir():
        return "lock-folder"  # no other account's: a folder at the lock file's name (round 16)
    if unlocked and folder_writable and lock_path_for(db_path).exists():
        return "lock"
    if folder_writable and db_path.exists() and not os.access(db_path, os.W_OK):
        return "file"
    from parapp.ui.readonly_banner import side_file_problem

    side = side_file_problem(db_path) if folder_writable else None  # round 41B: it was said of the folder
    return side[0] if side else "folder"


def _has_other_names(db_path: Path) -> bool:
    from parapp.store.db import check_openable
    from parapp.store.errors import DatabaseHasOtherNames, StoreError

    try:
        check_openable(db_path, head=False)  # open here: reading its first bytes would drop SQLite's locks
    except DatabaseHasOtherNames:
        return True
    except StoreError:
        pass
    return False


def _saved_language(db_path: Path) -> str:
    """The language chosen in the settings, read through the light store.connect: the frame waits for it."""
    from parapp.store.connect import saved_language

    return saved_language(db_path) or "vi"


def said(m) -> str:
    """A store's message (Msg) in the interface's language."""
    from parapp.ui.widgets.texts import trc

    return trc("errors", m.template).format(*m.args) if hasattr(m, "template") else str(m)


def _dispose(window) -> None:
    """Delete the window now, while the application still exists: left to
    Python's teardown, it may outlive the QApplication and crash the exit."""
    import shiboken6

    window.hide()
    if shiboken6.isValid(window):
        shiboken6.delete(window)


def _start_log(data_dir: Path, *, readonly: bool = False) -> None:
    """`readonly`: the window only reads this data (it may be another account's): nothing is made there."""
    from parapp import __version__
    from parapp.logfile import get_logger, setup_logging

    if setup_logging(data_dir, make=not readonly):
        get_logger().info("ParApp %s mở dữ liệu trong %s", __version__, data_dir)


def _after_first_page(window, db, data_dir: Path, instance) -> None:
    """What the first page does not wait for: what a kill left beside the database removed, the
    day's first snapshot, the shipped catalogues checked against the data, and the socket a second
    start of ParApp talks to. All of it before the first input event is handled. The socket first: a box said here
    ("Chưa có bản sao lưu tự động") waits for the clerk, and a second start meanwhile heard nobody and ended without a
    word, the window not brought forward (round 30B)."""
    instance.listen()
    if not db.readonly:  # writable: this window holds the writer lock, so no one else writes meanwhile
        from parapp.store.backup import snapshot_due_today, try_snapshot
        from parapp.store.db import finish_opening
        from parapp.store.leftovers import clean_data_folder

        clean_data_folder(db.path)  # it lists evidence/ and the temporary folder: time the first page need not wait

        if snapshot_due_today(data_dir, dt.date.today()):
            problem = try_snapshot(db.conn, data_dir, "dau-ngay")
            if problem:  # the day goes on; the office is told there is no automatic copy
                show_error(window, said(problem), tr("Chưa có bản sao lưu tự động"))
        finish_opening(db)


def _max_log_id(db) -> int:
    return db.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0]


def run_app(db_path: Path, lang: str | None = None, minimized: bool = False) -> int:
    """`minimized`: started with Windows (the installer's choice): the window waits minimised, or in
    the notification area when the settings say so, and the day's reminder speaks for it."""
    app = make_app()
    from parapp.ui.widgets.gui_gc import collect_on_gui_thread

    collect_on_gui_thread(app)  # never a Qt object freed on an operation's thread
    from parapp.ui import i18n

    i18n.install(app, lang or _saved_language(db_path))
    data_dir = data_dir_for(db_path)
    from parapp.ui import uncaught

    uncaught.install()
    from parapp.ui.single_instance import instance_for

    instance = instance_for(db_path)
    if not instance.acquire(listen_later=True):  # listening starts once the first page is up
        return 0  # the running ParApp has been brought forward
    try:
        writer = _take_writer_lock(db_path)
        if writer is False:
            return 75
        try:
            return _run(app, db_path, data_dir, instance, minimized, unlocked=writer is None, writer=writer)
        finally:
            if writer is not None:
                writer.release()
    finally:
        instance.release()
        import shiboken6

        shiboken6.delete(instance)


def _take_writer_lock(db_path: Path):
    """The window writes for its whole life: it holds the writer lock the command
    line respects (store.writer_lock). None on read-only media (nothing to guard);
    False when another ParApp kept writing past the wait (said in a message)."""
    from PySide6.QtCore import Qt

    from parapp.store.errors import FolderMissing, FolderReadOnly, WriterBusy
    from parapp.store.writer_lock import WINDOW, WriterLock

    lock = WriterLock(db_path)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        lock.acquire(WINDOW)
    except (FolderReadOnly, FolderMissing):
        return None  # open_for_window says what is wrong, or opens read-only
    except WriterBusy as exc:
        QApplication.restoreOverrideCursor()
        show_error(None, error_text(exc), tr("Không mở được dữ liệu"))
        return False
    finally:
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
    return lock  # what a kill left beside the database is removed once the first page is up (_after_first_page)


def _run(app, db_path: Path, data_dir: Path, instance, minimized: bool = False, unlocked: bool = False,
         writer=None) -> int:
    from functools import partial

    from parapp.ui.main_window import MainWindow

    code = 0
    probe = bool(os.environ.get("PARAPP_STARTUP_PROBE"))
    restored = ""  # said in the window opened again on the restored data
    while True:
        window = MainWindow(None)  # the frame and its sidebar first; the data fills it in a moment
        instance.activated.connect(window.bring_forward)
        if minimized:
            window.showMinimized()
        else:
            window.show()
        app.processEvents()
        if probe:  # bench/startup.py, bench/bundle.py and CI: the moment the window is on screen
            from parapp.ui.i18n import current

            print(f"window-shown {current()} {window.nav.item(0).text()}", flush=True)
        from parapp.store.change_log import remembered_official, set_actor
        from parapp.store.settings import readable_settings
        from parapp.ui.bad_text_repair import or_said

        try:
            db = open_for_window(db_path, unlocked=unlocked)
        except ParAppError as exc:
            show_error(window, error_text(exc), tr("Không mở được dữ liệu"))
            instance.activated.disconnect(window.bring_forward)
            _dispose(window)
            return 2
        writable = not db.readonly
        if not writable:
            window.readonly_why = why_read_only(db_path, db, unlocked=unlocked)
            if writer is not None:
                # A window that only reads guards nothing: held, the lock refused every write of the account that
                # may write (data another account may only read, in a folder both may write; round 26B). Opened
                # again (another ParApp's restore), it stays a reader.
                writer.release()
                writer, unlocked = None, True
        if writable:  # who this computer user said they were, last time (gone bad: no one, its repair offered, 36A)
            set_actor(db, or_said(window, partial(remembered_official, db), db))
        start_log = _max_log_id(db)
        window.attach(db)
        # The log file is opened once the window is up (loading the logging module is not free);
        # an error before that is still shown, and goes to stderr.
        QTimer.singleShot(300, lambda readonly=not writable: _start_log(data_dir, readonly=readonly))
        after = partial(_after_first_page, window, db, data_dir, instance)
        if probe:
            app.processEvents()
            print("window-ready", flush=True)
            if os.environ["PARAPP_STARTUP_PROBE"] == "ready":  # bench/startup_instructions.py counts up to here
                os._exit(0)
            after()
            instance.activated.disconnect(window.bring_forward)
            _dispose(window)
            db.close()
            return 0
        # What the first page does not need waits until it is on screen (before anything can be
        # changed: the events that could change something come after it).
        QTimer.singleShot(0, window, after)
        if restored:
            from parapp.ui.widgets.texts import inform

            QTimer.singleShot(0, window, partial(inform, window, tr("Đã khôi phục"), restored))
            restored = ""
        known = readable_settings(db) if writable else None  # None: a setting gone bad, its repair offered (35A)
        if known is not None and not known.is_set_up:
            window.edit_settings(first_run=True)
        if minimized:
            window.ask_when_shown = True  # asked when the official opens the window
        else:
            or_said(window, window.ask_who_is_working)  # an official's name gone bad: said with its repair (35A)
        or_said(window, window.start_reminders)  # a reminder's preference gone bad: said with its repair (36A)
        if minimized and window.reminders.minimise_to_tray:
            window.hide()  # its icon in the notification area brings it back
        minimized = False  # a restart (after a restore) opens the window as usual
        code = app.exec()
        from parapp.ui.widgets.operation import finish_running

        finish_running()  # a backup or an import still running ends before the snapshot and the close
        from parapp.ui import uncaught

        uncaught.summary()
        instance.activated.disconnect(window.bring_forward)
        pending, restart = window.pending_restore, window.restart_requested
        _dispose(window)
        # With a restore to follow, the restore's own "truoc-khoi-phuc" snapshot keeps this state (taken
        # under the lock just before the swap). A closing snapshot here would prune others first, and
        # could delete the very one chosen (the day's earlier "khi-dong", no longer the day's newest).
        if writable and pending is None and _max_log_id(db) != start_log:
            from parapp.store.backup import try_snapshot

            problem = try_snapshot(db.conn, data_dir, "khi-dong")  # closing after changes
            if problem:
                show_error(None, said(problem), tr("Chưa có bản sao lưu tự động"))
        db.close()
        if pending is not None:
            restored = pending()  # a refusal is said by the restore itself
        if not restart:
            return code
