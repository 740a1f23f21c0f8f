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
from ._errors import APIError, DockerException, InvalidArgument
from ._wire import to_wire

__all__ = ["port", "copy", "execute", "import_image", "insert", "update_service", "leave_swarm", "update_swarm"]

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


# --- services --------------------------------------------------------------------------------------

# Parts of a TaskSpec merged key by key by `update_service(fetch_current_spec=True)`; other keys are replaced.
_MERGED_TASK_PARTS = ("ContainerSpec", "Resources", "Placement", "RestartPolicy", "LogDriver")


def _merge_task_template(current: Any, given: Any) -> dict[str, Any]:
    merged: dict[str, Any] = dict(to_wire(current) or {})
    for key, value in (to_wire(given) or {}).items():
        if value is None:
            continue
        old = merged.get(key)
        if key in _MERGED_TASK_PARTS and isinstance(old, dict) and isinstance(value, dict):
            merged[key] = {**old, **{k: v for k, v in value.items() if v is not None}}
        else:
            merged[key] = value
    return merged


def update_service(service: Any, version: int | None = None, task_template: Any = None, name: str | None = None,
                   labels: Any = None, mode: Any = None, update_config: Any = None, networks: Any = None,
                   endpoint_config: Any = None, endpoint_spec: Any = None, fetch_current_spec: bool = False,
                   rollback_config: Any = None, registry_auth_from: str | None = None, rollback: str | None = None,
                   auth_config: Any = None) -> Plan:
    """`update_service_spec`, optionally starting from the service's current spec (a partial update)."""
    if endpoint_spec is None:
        endpoint_spec = endpoint_config
    keywords: dict[str, Any] = {
        "task_template": task_template, "name": name, "labels": labels, "mode": mode,
        "update_config": update_config, "networks": networks, "endpoint_spec": endpoint_spec,
        "rollback_config": rollback_config, "registry_auth_from": registry_auth_from, "rollback": rollback,
        "auth_config": auth_config,
    }
    given = dict(keywords)
    for attempt in range(3):
        keywords = dict(given)
        chosen = version
        if fetch_current_spec:
            current = yield Call("inspect_service", resource_id(service))
            spec: dict[str, Any] = to_wire(current.get("Spec")) or {}
            if chosen is None:
                chosen = int((current.get("Version") or {}).get("Index") or 0)
            template = _merge_task_template(spec.get("TaskTemplate"), task_template)
            if networks is None and not template.get("Networks") and spec.get("Networks"):
                template["Networks"] = spec["Networks"]  # the deprecated top-level field moves into the task
            keywords["task_template"] = template
            for keyword, wire in (("name", "Name"), ("labels", "Labels"), ("mode", "Mode"),
                                  ("update_config", "UpdateConfig"), ("rollback_config", "RollbackConfig"),
                                  ("endpoint_spec", "EndpointSpec")):
                if keywords[keyword] is None and spec.get(wire) is not None:
                    keywords[keyword] = spec[wire]
        if chosen is None:
            raise InvalidArgument("update_service() needs `version` (or fetch_current_spec=True)")
        try:
            result = yield Call("update_service_spec", service, chosen, **keywords)
        except APIError as error:
            # The swarm bumped the version between our read and our write (a rolling update finishing):
            # when we chose the version ourselves, read again and retry rather than fail.
            if version is None and fetch_current_spec and attempt < 2 and "out of sequence" in error.explanation:
                continue
            raise
        return result
    raise AssertionError("unreachable")  # pragma: no cover


# --- swarm -----------------------------------------------------------------------------------------


def leave_swarm(force: bool = False) -> Plan:
    """Leave the swarm; with `force`, a node that is in no swarm (503) has nothing left to do: True."""
    try:
        result = yield Call("swarm_leave", force=force)
    except APIError as error:
        if force and error.status_code == 503:
            return True
        raise
    return result


def update_swarm(version: int | None = None, swarm_spec: Any = None, rotate_worker_token: bool = False,
                 rotate_manager_token: bool = False, rotate_manager_unlock_key: bool = False) -> Plan:
    """`swarm_update`, with the current spec (and version) when none is given: the daemon stores the spec it is
    sent as a whole, so an empty one would reset every setting."""
    if swarm_spec is None or version is None:
        current = yield Call("inspect_swarm")
        if swarm_spec is None:
            swarm_spec = to_wire(current.get("Spec")) or {}
        if version is None:
            version = int((current.get("Version") or {}).get("Index") or 0)
    result = yield Call("swarm_update", version, swarm_spec, rotate_worker_token=rotate_worker_token,
                        rotate_manager_token=rotate_manager_token,
                        rotate_manager_unlock_key=rotate_manager_unlock_key)
    return result
