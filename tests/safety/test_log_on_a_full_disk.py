"""Found in issue 21's own adversarial pass: on a full disk every line the window logged printed
'--- Logging error ---' and a traceback on the console. A log line that cannot be written is lost
quietly; the window goes on."""

import errno
import logging

from parapp.logfile import get_logger, setup_logging


def test_a_log_line_that_cannot_be_written_is_lost_quietly(tmp_path, capsys, monkeypatch):
    path = setup_logging(tmp_path)
    assert path is not None
    handler = next(h for h in logging.getLogger("parapp").handlers if getattr(h, "baseFilename", "") == str(path))

    def emit_on_a_full_disk(record):  # what FileHandler.emit does when the write fails
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            handler.handleError(record)

    monkeypatch.setattr(handler, "emit", emit_on_a_full_disk)
    monkeypatch.setattr(logging, "raiseExceptions", True)  # as it is in ParApp
    get_logger().info("một dòng nhật ký")
    assert "Logging error" not in capsys.readouterr().err
