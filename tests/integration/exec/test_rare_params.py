"""exec_start(console_size=), a parameter few callers send, checked by its effect on a real engine."""

from __future__ import annotations

from typing import Any

import pytest
from dockerapi import Client, InvalidVersion

# --- exec_start(console_size=) ------------------------------------------------------------------------


def test_exec_start_console_size(client: Client, make_container: Any) -> None:
    container = make_container("sleep 30", start=True)
    exec_id = client.exec_create(container, "stty size", tty=True)["Id"]
    if tuple(map(int, client.api_version.split("."))) < (1, 42):  # Docker 20.10 and Podman 4.3 speak 1.41
        # ConsoleSize came with API 1.42: refused before anything is sent
        with pytest.raises(InvalidVersion, match="console_size"):
            client.exec_start(exec_id, tty=True, console_size=[21, 83])
        return
    assert client.exec_start(exec_id, tty=True, console_size=[21, 83]) == b"21 83\r\n"
