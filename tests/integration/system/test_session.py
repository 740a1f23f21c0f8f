"""The session operation (BuildKit's h2c hand-over) on every engine; Podman 4.3 has none."""

from __future__ import annotations

import pytest
from dockerapi import Client, NotFound


def test_session_hands_over_an_h2c_connection(client: Client) -> None:
    # BuildKit's session: the daemon upgrades the request to HTTP/2 (h2c) and the client gets the socket
    if client.engine == "podman":  # type: ignore[attr-defined]
        with pytest.raises(NotFound) as raised:  # Podman 4.3 has no BuildKit session endpoint
            client.session()
        assert (raised.value.status_code, raised.value.explanation) == (404, "Not Found")
        return
    preface = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
    with client.session() as sock:
        sock.settimeout(10)
        received = b""
        while len(received) < len(preface):
            piece = sock.recv(len(preface) - len(received))
            if not piece:
                break
            received += piece
    # the daemon calls back into the session: it opens HTTP/2 as the client, starting with the preface
    assert received == preface
