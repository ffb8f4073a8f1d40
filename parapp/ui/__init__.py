"""The Qt window. Depends on the services, the store and the core; nothing depends on it.

The rule of lifetimes (read before writing a QObject subclass here)
-------------------------------------------------------------------
Qt calls back into Python objects: an event filter's eventFilter(), a model's data(), a
dialog's done() or closeEvent(), a slot that is a bound method. Python's cyclic garbage
collector decides when a Python object dies, and it does not see what Qt holds. When the only
references to such an object form a cycle through Python (the filter holds its widget, the
widget's wrapper holds the filter), the collector may clear the object's attributes while its
C++ side is still installed: the next event then raises "'…' object has no attribute …" inside
Qt, for every event, for ever. On a real screen that was an endless row of error dialogs a
minute after the first start; offscreen tests, which collect rarely, never saw it.

So every QObject subclass that Qt calls back either
  1. keeps no Python state Qt relies on: screen_fit's one shared event filter keeps what it
     knows of each window in a module-level table keyed by the window's C++ address, removed
     when Qt destroys the window (`destroyed`); or
  2. is owned from Python for as long as Qt can call it: an attribute of the window or page it
     serves (pages are held by the main window, models by their page or dialog, a dialog by the
     slot that runs it), never only by its Qt parent or by a cycle with the widget it serves.
Never store the helper on the widget it watches (`widget._helper = helper`): that is the cycle.
tests/ui/test_real_walk.py walks the real window under Xvfb with `gc.collect()` after every
step and fails on any error this causes; run it after adding such a class.

An exception that does reach the window is shown once (parapp/ui/uncaught.py): while its message
is open nothing else opens, a fault seen before is counted, not shown again, and the log holds
each fault once with how often it came back.
"""
