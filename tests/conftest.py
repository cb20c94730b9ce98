"""Shared test set-up: headless Qt, a private runtime dir, and the real database."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Without a platform plugin Qt aborts the whole run with "Fatal Python error: Aborted".
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):
    _runtime = tempfile.mkdtemp(prefix="mxpolicy-xdg-")
    os.chmod(_runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime

REPO = Path(__file__).resolve().parents[1]
DB_PATH = REPO / "data" / "policy.db"
SOURCES_DIR = REPO / "data" / "sources"


@contextlib.contextmanager
def read_only_copy(source: Path, folder: Path, name: str = "policy.db"):
    """`source` copied into a new read-only `folder` as a read-only file; writable again after."""
    folder.mkdir()
    copy = folder / name
    shutil.copy(source, copy)
    os.chmod(copy, 0o444)
    os.chmod(folder, 0o555)
    try:
        yield copy
    finally:
        os.chmod(folder, 0o755)


@pytest.fixture(scope="session")
def db_path() -> Path:
    return DB_PATH


@pytest.fixture(scope="session")
def store():
    from mxpolicy_gui.store import Store

    with Store(DB_PATH) as s:
        yield s


class NetworkAttempt(AssertionError):
    """Raised when code under test tries to reach the network (the app is offline-only)."""


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Every test runs with internet sockets blocked: a connection attempt fails the test."""
    import socket

    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guard(self, address, *, _real):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(repr(address))
            raise NetworkAttempt(f"network connection attempted to {address!r}")
        return _real(self, address)

    def refuse_lookup(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise NetworkAttempt(f"network name lookup attempted for {args[:2]!r}")

    patch = pytest.MonkeyPatch()
    patch.setattr(socket.socket, "connect", lambda s, a: guard(s, a, _real=real_connect))
    patch.setattr(socket.socket, "connect_ex", lambda s, a: guard(s, a, _real=real_connect_ex))
    patch.setattr(socket, "getaddrinfo", refuse_lookup)
    patch.setattr(socket, "create_connection", refuse_lookup)
    yield attempts
    patch.undo()
    assert attempts == [], f"the tests made network calls: {attempts}"


@pytest.fixture
def spanish(qapp):
    """The interface in Spanish for one test; English again afterwards."""
    from mxpolicy_gui.i18n import install_language

    install_language("es")
    yield
    install_language("en")


@pytest.fixture
def english(qapp):
    from mxpolicy_gui.i18n import install_language

    install_language("en")
    yield
