"""The suite runs with sockets blocked; this proves the block is really in place."""

from __future__ import annotations

import socket

import pytest

from tests.helpers import NetworkAttempt


def test_connections_are_blocked(no_network):
    before = len(no_network)
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.org", 80), timeout=1)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s, pytest.raises(NetworkAttempt):
        s.connect(("127.0.0.1", 9))
    # These two attempts were made on purpose; forget them so the session check stays clean.
    del no_network[before:]


def test_local_unix_sockets_still_work(tmp_path):
    a, b = socket.socketpair()
    a.sendall(b"ok")
    assert b.recv(2) == b"ok"
    a.close()
    b.close()
