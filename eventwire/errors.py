"""eventwire's own exceptions and the exit codes the command line gives for them.

Exit codes (also in the README):

* 0 — everything read was stored or printed;
* 1 — the run went through but some input was rejected (each rejection is a row and a line on stderr);
* 2 — usage or setup error: a bad option value, a missing, locked or foreign database,
  a bad actor dictionary, a model that is not installed, an output that cannot be written;
* 3 — internal error: a bug in eventwire (one line on stderr, no traceback).
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130     # stopped by Ctrl-C, as a shell reports it (128 + SIGINT)


class EventwireError(Exception):
    """Base of eventwire's errors; ``exit_code`` is what the command line exits with."""
    exit_code = EXIT_INTERNAL


class UsageError(EventwireError, ValueError):
    """An option or argument value eventwire cannot use (a date that is no date, a negative limit…)."""
    exit_code = EXIT_USAGE


class TextNotCoded(EventwireError):
    """A text given to be coded on the fly that the coder could not code (the reason is named)."""


class SetupError(EventwireError):
    """Something around the run is not usable: the database, a dictionary, an output path."""
    exit_code = EXIT_USAGE


class DatabaseMissing(SetupError):
    """A command that only reads was pointed at a database that does not exist (it is never created)."""


class DatabaseLocked(SetupError):
    """Another process holds the database (DuckDB allows one writer process at a time)."""


class DatabaseUnusable(SetupError):
    """The path is not an eventwire DuckDB database: another format, a folder, a device, another schema."""


class ActorDictionaryError(SetupError):
    """A user actor dictionary that cannot be read."""


class OutputError(SetupError):
    """An output file that cannot be written (a missing folder, no permission)."""
