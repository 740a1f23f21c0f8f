"""The object API's methods that are more than one call, and its property readers, written once.

A plan is a generator: it yields `Call`s (a method of the low-level client and its arguments) or a
`Gather` of calls made at once, and receives their results; `Client` runs it with blocking calls,
`AsyncClient` awaits each step. The first argument is the object or collection the method belongs to;
objects are made with `collection.prepare_model(attrs)`, which does no I/O. So each plan serves the
typed sync, typed async and classic faces alike. Readers are pure functions of an object's attrs (the
inspect answer, or a list entry with `sparse=True`); they read wire names, so they work on the typed
models (read-only Mappings) and on plain dicts.

Which plan serves which method, with which parameters, is declared in spec/objects/.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any

from ._base_client import Call, Gather
from ._convert import resource_id
from ._errors import ContainerError, DockerException, ImageNotFound, NotFound

Plan = Generator[Any, Any, Any]

__all__ = [
    "container_name", "container_labels", "container_status", "container_health", "container_ports",
    "container_image", "container_exec_run", "containers_run", "containers_create", "containers_list",
    "image_labels", "image_tags", "image_repr", "image_save", "images_list",
]


def _get(attrs: Any, *path: str) -> Any:
    """attrs[path[0]][path[1]]...; None where a level is missing or null."""
    value = attrs
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


# --- containers: readers -------------------------------------------------------------------------------

def container_name(attrs: Any) -> str | None:
    # a sparse list entry has `Names`, not `Name`: None then, as docker-py (its `.summary` has the names)
    name = _get(attrs, "Name")
    return name.lstrip("/") if isinstance(name, str) else None


def container_labels(attrs: Any) -> dict[str, str]:
    config = _get(attrs, "Config")
    if config is None:
        raise DockerException("this container's labels are not in its attrs (listed with sparse=True?): "
                              "reload() reads them")
    return dict(config.get("Labels") or {})


def container_status(attrs: Any) -> str | None:
    state = _get(attrs, "State")
    if isinstance(state, Mapping):
        return state.get("Status")
    return state if isinstance(state, str) else None  # a list entry's State is the status word


def container_health(attrs: Any) -> str:
    status = _get(attrs, "State", "Health", "Status")
    return status if isinstance(status, str) else "unknown"


def container_ports(attrs: Any) -> dict[str, Any] | None:
    settings = _get(attrs, "NetworkSettings")
    if settings is None:
        return {}
    ports = settings.get("Ports")
    return None if ports is None else dict(ports)


# --- containers: plans ---------------------------------------------------------------------------------

def container_image(container: Any) -> Plan:
    """The Image the container was made from; None when the engine names none or the image is gone."""
    image_id = _get(container._attrs, "ImageID") or _get(container._attrs, "Image")
    if not isinstance(image_id, str) or not image_id:
        return None
    if container._sparse and not image_id.startswith("sha256:"):
        image_id = _get(container._attrs, "ImageID") or image_id
    try:
        attrs = yield Call("inspect_image", image_id)
    except NotFound:
        return None
    return container.client.images.prepare_model(attrs)


def container_exec_run(container: Any, cmd: Any, stdout: bool = True, stderr: bool = True, stdin: bool = False,
                       tty: bool = False, privileged: bool = False, user: str = "", detach: bool = False,
                       stream: bool = False, socket: bool = False, environment: Any = None, workdir: Any = None,
                       demux: bool = False) -> Plan:
    created = yield Call("exec_create", container.id, cmd, stdout=stdout, stderr=stderr, stdin=stdin, tty=tty,
                         privileged=privileged, user=user, environment=environment, workdir=workdir)
    exec_id = created["Id"]
    output = yield Call("exec_start", exec_id, detach=detach, tty=tty, stream=stream, socket=socket, demux=demux)
    result_type = container.client._exec_result
    if stream or socket or detach:
        # still running: the exit status is known once the output has ended (result.wait())
        return result_type(None, output, exec_id, container.client.api)
    state = yield Call("exec_inspect", exec_id)
    return result_type(state.get("ExitCode"), output, exec_id, container.client.api)


def _set(values: Mapping[str, Any]) -> dict[str, Any]:
    """The keywords the caller gave (None means not given)."""
    return {key: value for key, value in values.items() if value is not None}


def _container_paths(volumes: Any) -> list[str]:
    """The container side of each bind: {"/host": {"bind": "/ctr"}} or ["/host:/ctr:ro"] -> ["/ctr"]."""
    if isinstance(volumes, Mapping):
        out = []
        for host, spec in volumes.items():
            out.append(spec.get("bind", host) if isinstance(spec, Mapping) else str(spec))
        return out
    if isinstance(volumes, str):
        volumes = [volumes]
    out = []
    for item in volumes or []:
        parts = str(item).split(":")
        out.append(parts[1] if len(parts) > 1 else parts[0])
    return out


def _create_arguments(image: Any, command: Any, ports: Any, volumes: Any, network: Any, network_driver_opt: Any,
                      platform: Any, keywords: Mapping[str, Mapping[str, Any]], auto_remove: bool) -> Plan:
    """create_container's arguments from run()/create() keywords: each goes where the catalog says."""
    create = _set(keywords.get("create_container", {}))
    host = _set(keywords.get("create_host_config", {}))
    if auto_remove:
        host["auto_remove"] = True
    if ports is not None:
        host["port_bindings"] = ports
        create["ports"] = list(ports)
    if volumes is not None:
        host["binds"] = volumes
        create["volumes"] = _container_paths(volumes)
    if network is not None:
        host.setdefault("network_mode", network)
        endpoint: dict[str, Any] = {}
        if network_driver_opt is not None:
            endpoint["driver_opt"] = network_driver_opt
        config = yield Call("create_endpoint_config", **endpoint)
        create["networking_config"] = {"EndpointsConfig": {network: config}}
    create["host_config"] = yield Call("create_host_config", **host)
    if platform is not None:
        create["platform"] = platform
    return {"image": resource_id(image) if not isinstance(image, str) else image, "command": command, **create}


def containers_create(collection: Any, image: Any, command: Any = None, ports: Any = None, volumes: Any = None,
                      network: Any = None, network_driver_opt: Any = None, platform: Any = None,
                      keywords: Mapping[str, Mapping[str, Any]] | None = None) -> Plan:
    arguments = yield from _create_arguments(image, command, ports, volumes, network, network_driver_opt, platform,
                                             keywords or {}, auto_remove=False)
    created = yield Call("create_container", **arguments)
    attrs = yield Call("inspect_container", created["Id"])
    return collection.prepare_model(attrs)


def containers_run(collection: Any, image: Any, command: Any = None, stdout: bool = True, stderr: bool = False,
                   remove: bool = False, detach: bool = False, stream: bool = False, ports: Any = None,
                   volumes: Any = None, network: Any = None, network_driver_opt: Any = None, platform: Any = None,
                   keywords: Mapping[str, Mapping[str, Any]] | None = None) -> Plan:
    image_name = image if isinstance(image, str) else resource_id(image)
    arguments = yield from _create_arguments(image_name, command, ports, volumes, network, network_driver_opt,
                                             platform, keywords or {}, auto_remove=remove and detach)
    try:
        created = yield Call("create_container", **arguments)
    except ImageNotFound:
        # `docker run` pulls a missing image, then creates again
        yield Call("pull", image_name, platform=platform, tag=None if ":" in image_name.rsplit("/", 1)[-1] else "latest")
        created = yield Call("create_container", **arguments)
    container_id = created["Id"]
    if detach and not collection.client._typed:
        # docker-py's run(detach=True) answers with the container as it was created
        attrs = yield Call("inspect_container", container_id)
        yield Call("start", container_id)
        return collection.prepare_model(attrs)
    yield Call("start", container_id)
    if detach:
        # the typed faces answer with the container as it is after the start (docker-py #1375)
        attrs = yield Call("inspect_container", container_id)
        return collection.prepare_model(attrs)
    container = collection.prepare_model({"Id": container_id})
    if stream:
        output = yield Call("logs", container_id, stdout=stdout, stderr=stderr, stream=True, follow=True)
        return collection.client._run_output(output, container_finish_run(collection, container_id, command,
                                                                          image_name, remove))
    status = yield Call("wait", container_id)
    exit_status = _status_code(status)
    # the output is read before a removal, so an auto-removed container's output is not lost
    out = yield Call("logs", container_id, stdout=stdout, stderr=stderr)
    if exit_status != 0:
        err = yield Call("logs", container_id, stdout=False, stderr=True)
        whole = yield Call("logs", container_id, stdout=True, stderr=False)
        if remove:
            yield from _remove_quietly(container_id)
        raise ContainerError(container, exit_status, command, image_name, err, whole)
    if remove:
        yield from _remove_quietly(container_id)
    return out


def container_finish_run(collection: Any, container_id: str, command: Any, image: str, remove: bool) -> Plan:
    """What run(stream=True) does once the output has ended: the exit status, the removal, the error."""
    status = yield Call("wait", container_id)
    exit_status = _status_code(status)
    err = None
    if exit_status != 0:
        err = yield Call("logs", container_id, stdout=False, stderr=True)
    if remove:
        yield from _remove_quietly(container_id)
    if exit_status != 0:
        raise ContainerError(collection.prepare_model({"Id": container_id}), exit_status, command, image, err)
    return None


def _remove_quietly(container_id: str) -> Plan:
    try:
        yield Call("remove_container", container_id, force=True)
    except NotFound:
        pass  # auto_remove got there first


def _status_code(status: Any) -> int:
    if isinstance(status, Mapping):
        return int(status.get("StatusCode", -1))
    return int(status)


def containers_list(collection: Any, all: bool = False, before: Any = None, filters: Any = None, limit: int = -1,
                    since: Any = None, sparse: bool = False, ignore_removed: bool = False) -> Plan:
    entries = yield Call("containers", all=all, before=before, filters=filters, limit=limit, since=since)
    if sparse:
        return [collection.prepare_model(entry, sparse=True) for entry in entries]
    answers = yield Gather(Call("inspect_container", entry["Id"]) for entry in entries)
    out = []
    for answer in answers:
        if isinstance(answer, NotFound) and ignore_removed:
            continue  # removed between the list and its inspect
        if isinstance(answer, DockerException):
            raise answer
        out.append(collection.prepare_model(answer))
    return out


# --- images --------------------------------------------------------------------------------------------

def image_labels(attrs: Any) -> dict[str, str]:
    return dict(_get(attrs, "Config", "Labels") or {})


def image_tags(attrs: Any) -> list[str]:
    return [tag for tag in _get(attrs, "RepoTags") or [] if tag != "<none>:<none>"]


def image_repr(attrs: Any) -> str:
    return "'" + "', '".join(image_tags(attrs)) + "'"


def image_save(image: Any, chunk_size: int | None = 2097152, named: bool | str = False) -> Plan:
    target = image.id
    if named:
        tags = image_tags(image._attrs)
        if named is True:
            target = tags[0] if tags else image.id
        elif named in tags:
            target = named
        else:
            raise DockerException(f"{named!r} is not a tag of image {image.short_id} ({', '.join(tags) or 'none'})")
    stream = yield Call("get_image", target, chunk_size=chunk_size)
    return stream


def images_list(collection: Any, name: str | None = None, all: bool = False, filters: Any = None) -> Plan:
    entries = yield Call("images", name=name, all=all, filters=filters)
    answers = yield Gather(Call("inspect_image", entry["Id"]) for entry in entries)
    out = []
    for answer in answers:
        if isinstance(answer, NotFound):
            continue  # removed between the list and its inspect
        if isinstance(answer, DockerException):
            raise answer
        out.append(collection.prepare_model(answer))
    return out


# --- networks ------------------------------------------------------------------------------------------


# --- volumes -------------------------------------------------------------------------------------------


# --- services, nodes, secrets, configs -----------------------------------------------------------------


# --- plugins -------------------------------------------------------------------------------------------


# --- swarm ---------------------------------------------------------------------------------------------
