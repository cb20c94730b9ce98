"""Exit statuses of every `mxpolicy-gui` command, in one place for scripts to rely on."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    # A problem a person can fix (bad database, unknown id, unwritable path, full disk, a
    # failed self-test check), reported as one line on stderr, never a traceback.
    ERROR = 1
    # Bad arguments; argparse exits with this status itself.
    USAGE = 2
    # Ctrl+C: the usual 128 + SIGINT.
    INTERRUPTED = 130
