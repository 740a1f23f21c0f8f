"""Composite methods of the classic API, written once for both clients.

Each is a plan: a generator that yields `Call`s (a client method and its arguments) and receives
their results. `Client` runs a plan with blocking calls, `AsyncClient` awaits each step. Their
signatures are declared in spec/api (`composites:`) and generated on both clients.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Generator
from typing import Any

from ._base_client import Call
from ._convert import resource_id
from ._errors import DockerException, InvalidArgument

__all__ = ["port", "copy", "execute", "import_image", "insert"]

Plan = Generator[Call, Any, Any]


def port(container: Any, private_port: int | str) -> Plan:
    """The bindings of one container port: `[{'HostIp': ..., 'HostPort': ...}]`, or None."""
    info = yield Call("inspect_container", resource_id(container))
    key = str(private_port)
    if "/" not in key:
        key += "/tcp"
    ports = (info.get("NetworkSettings") or {}).get("Ports") or {}
    bindings = ports.get(key)
    if bindings is None:
        return None
    return list(bindings)


def copy(container: Any, resource: str) -> Plan:
    """The classic `copy`: the daemon no longer has `/copy`, so this reads the same tar through the archive endpoint."""
    warnings.warn("copy() is deprecated: use get_archive()", DeprecationWarning, stacklevel=4)
    stream, _stat = yield Call("get_archive", resource_id(container), resource)
    return stream.data


def execute(container: Any, cmd: Any, detach: bool = False, stdout: bool = True, stderr: bool = True,
            stream: bool = False, tty: bool = False) -> Plan:
    """exec_create followed by exec_start, as the classic `execute` did."""
    warnings.warn("execute() is deprecated: use exec_create() and exec_start()", DeprecationWarning, stacklevel=4)
    created = yield Call("exec_create", resource_id(container), cmd, stdout=stdout, stderr=stderr, tty=tty)
    result = yield Call("exec_start", created["Id"], detach=detach, tty=tty, stream=stream)
    return result


def import_image(src: Any = None, repository: str | None = None, tag: str | None = None,
                 image: str | None = None, changes: list[str] | None = None, stream_src: bool = False) -> Plan:
    """`docker import`: from a tar path, a URL, a file object, raw bytes, or another image."""
    if src is None:
        if image is None:
            raise InvalidArgument("import_image() needs `src` or `image`")
        result = yield Call("import_image_from_image", image, repository=repository, tag=tag, changes=changes)
        return result
    if isinstance(src, (bytes, bytearray)):
        result = yield Call("import_image_from_data", bytes(src), repository=repository, tag=tag, changes=changes)
        return result
    if isinstance(src, str):
        if os.path.isfile(src):
            result = yield Call("import_image_from_file", src, repository=repository, tag=tag, changes=changes)
        else:
            result = yield Call("import_image_from_url", src, repository=repository, tag=tag, changes=changes)
        return result
    if hasattr(src, "read"):
        result = yield Call("import_image_from_stream", src, repository=repository, tag=tag, changes=changes)
        return result
    raise InvalidArgument(f"import_image(): cannot import from {type(src).__name__}")


def insert(image: str, url: str, path: str) -> Plan:
    """The classic `insert` (`POST /images/{name}/insert`) left the Engine API long before 1.24."""
    raise DockerException(
        "insert() is not available: the daemon removed /images/{name}/insert (API < 1.12). "
        "Build an image with ADD instead, or put_archive() into a container and commit() it"
    )
    yield  # pragma: no cover - makes this a plan like the others
