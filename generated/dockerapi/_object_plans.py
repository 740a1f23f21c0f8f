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

import re
import warnings
from collections.abc import Generator, Mapping
from typing import Any

from ._auth import split_tag
from ._base_client import Call, Gather
from ._convert import resource_id
from ._errors import (
    BuildError,
    ContainerError,
    DockerException,
    ImageLoadError,
    ImageNotFound,
    InvalidArgument,
    NotFound,
    StreamError,
)

Plan = Generator[Any, Any, Any]

__all__ = [
    "container_name", "container_labels", "container_status", "container_health", "container_ports",
    "container_image", "container_exec_run", "containers_run", "containers_create", "containers_list",
    "image_labels", "image_tags", "image_repr", "image_save", "images_list", "images_build", "images_pull",
    "images_load", "images_registry_data", "registry_data_pull", "registry_data_has_platform",
    "network_name", "network_containers", "networks_list", "volume_name", "volumes_list",
]


def _get(attrs: Any, *path: str) -> Any:
    """attrs[path[0]][path[1]]...; None where a level is missing or null."""
    value = attrs
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def _member(answer: Any, key: str) -> Any:
    """answer[key] as the face has it: on a typed model the typed field (models within stay models, where
    the Mapping side gives the wire JSON), on a plain dict the value."""
    fields = getattr(type(answer), "__wire_to_attr__", None)
    if isinstance(fields, Mapping) and key in fields:
        return getattr(answer, fields[key], None)
    return answer.get(key) if isinstance(answer, Mapping) else None


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
        given = create.get("networking_config")
        if isinstance(given, Mapping) and network in given and "EndpointsConfig" not in given:
            # docker-py 7's form: {network name: endpoint settings} (EndpointConfig, aliases and all)
            create["networking_config"] = {"EndpointsConfig": dict(given)}
        else:
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
            raise InvalidArgument(f"{named!r} is not a tag of image {image.short_id} ({', '.join(tags) or 'none'})")
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


def _first_error(log: list[Any]) -> Mapping[str, Any] | None:
    for message in log:
        if isinstance(message, Mapping) and (message.get("error") or message.get("errorDetail")):
            return message
    return None


def _error_text(message: Mapping[str, Any]) -> str:
    detail = message.get("errorDetail")
    text = message.get("error") or (detail.get("message") if isinstance(detail, Mapping) else None)
    return str(text or message)


# the image a build made: the legacy builder ends with "Successfully built <short id>"; `quiet` builds and
# Podman's say the id itself (sha256:<hex>); engines that send {"aux": {"ID": ...}} say it there too
_BUILT = re.compile(r"(?:^Successfully built |sha256:)([0-9a-f]{12,64})\s*$")


def _built_image(log: list[Any]) -> str | None:
    found = None
    for message in log:
        if not isinstance(message, Mapping):
            continue
        text = message.get("stream")
        if isinstance(text, str):
            match = _BUILT.search(text)
            if match:
                found = match.group(1)
        aux = message.get("aux")
        if isinstance(aux, Mapping) and isinstance(aux.get("ID"), str) and found is None:
            found = aux["ID"]
    return found


def images_build(collection: Any, keywords: Mapping[str, Mapping[str, Any]] | None = None) -> Plan:
    arguments = _set((keywords or {}).get("build", {}))
    messages = yield Call("build", stream=True, decode=True, **arguments)
    build = collection.client._image_stream(messages, lambda log: _build_finish(collection, log))
    if collection.client._typed:
        return build  # the caller reads the log as it comes, then result()
    return build.result()  # docker-py's answer: once the build has ended, (Image, the log)


def _build_finish(collection: Any, log: list[Any]) -> Plan:
    error = _first_error(log)
    if error is not None:
        raise BuildError(_error_text(error), log)
    image_id = _built_image(log)
    if image_id is None:
        last = log[-1] if log else None
        raise BuildError(str(last.get("stream", last) if isinstance(last, Mapping) else "the build named no image"),
                         log)
    attrs = yield Call("inspect_image", image_id)
    image = collection.prepare_model(attrs)
    if collection.client._typed:
        return image
    return image, iter(log)


def images_pull(collection: Any, repository: str, tag: str | None = None, all_tags: bool = False,
                stream: bool = False, keywords: Mapping[str, Mapping[str, Any]] | None = None) -> Plan:
    repository, named_tag = split_tag(repository)
    tag = tag or named_tag or "latest"
    arguments = _set((keywords or {}).get("pull", {}))
    # every tag: the request names none
    arguments["tag"] = None if all_tags else tag
    typed = collection.client._typed
    if stream and not typed:
        warnings.warn("pull() takes no stream argument: it is ignored", stacklevel=4)
        stream = False
    if typed and not stream:
        # the whole answer at once; an error message in it raises StreamError
        yield Call("pull", repository, all_tags=all_tags, stream=False, decode=True, **arguments)
        return (yield from _pull_finish(collection, repository, tag, all_tags, []))
    messages = yield Call("pull", repository, all_tags=all_tags, stream=True, decode=True, **arguments)
    pulled = collection.client._image_stream(
        messages, lambda log: _pull_finish(collection, repository, tag, all_tags, log))
    if typed:
        return pulled
    return pulled.result()  # docker-py reads the whole output (errors in it are not raised), then get()


def _pull_finish(collection: Any, repository: str, tag: str, all_tags: bool, log: list[Any]) -> Plan:
    error = _first_error(log) if collection.client._typed else None
    if error is not None:
        raise StreamError(_error_text(error), error)
    if all_tags:
        return (yield from images_list(collection, repository))
    name = f"{repository}@{tag}" if tag.startswith("sha256:") else f"{repository}:{tag}"
    attrs = yield Call("inspect_image", name)
    return collection.prepare_model(attrs)


_LOADED = re.compile(r"^Loaded image(?: ID)?: (.+?)\s*$")


def images_load(collection: Any, data: Any) -> Plan:
    try:
        log = yield Call("load_image", data, stream=False, decode=True)
    except StreamError as exc:
        raise ImageLoadError(str(exc)) from exc
    names = []
    for message in log if isinstance(log, list) else [log]:
        text = message.get("stream") if isinstance(message, Mapping) else None
        match = _LOADED.match(text) if isinstance(text, str) else None
        if match:
            names.append(match.group(1))
    if not names and collection.client._typed:
        raise ImageLoadError("the daemon loaded no image from the archive (does it name one?)")
    answers = yield Gather(Call("inspect_image", name) for name in names)
    out = []
    for answer in answers:
        if isinstance(answer, DockerException):
            raise answer
        out.append(collection.prepare_model(answer))
    return out


def images_registry_data(collection: Any, name: str, auth_config: Any = None) -> Plan:
    attrs = yield Call("inspect_distribution", name, auth_config)
    return collection.prepare_model(attrs, kind="RegistryData", image_name=name)


def registry_data_pull(data: Any, platform: str | None = None) -> Plan:
    repository, _tag = split_tag(data.image_name)
    return (yield from images_pull(data.collection, repository, tag=data.id,
                                   keywords={"pull": {"platform": platform}}))


def registry_data_has_platform(data: Any, platform: Any) -> Plan:
    wanted: dict[str, Any]
    if isinstance(platform, Mapping):
        wanted = dict(platform)
    elif isinstance(platform, str) and platform:
        parts = platform.split("/")
        if len(parts) > 3:
            raise InvalidArgument(f"{platform!r} is not a platform: os[/arch[/variant]]")
        wanted = dict(zip(("os", "architecture", "variant"), parts, strict=False))
    else:
        wanted = {}
    if "os" not in wanted or "architecture" not in wanted:
        engine = yield Call("version")
        wanted.setdefault("os", engine["Os"])
        wanted.setdefault("architecture", engine["Arch"])
    for entry in _get(data._attrs, "Platforms") or []:
        given = {key: value for key, value in entry.items() if value not in (None, "", [], {})}
        if given == wanted:
            return True
    return False


# --- networks ------------------------------------------------------------------------------------------

def network_name(attrs: Any) -> str | None:
    name = _get(attrs, "Name")
    return name if isinstance(name, str) else None


def network_containers(network: Any) -> Plan:
    """The attached containers the attrs name, each inspected (concurrently); a failed inspect raises."""
    ids = list(_get(network._attrs, "Containers") or {})
    answers = yield Gather(Call("inspect_container", container_id) for container_id in ids)
    containers = network.client.containers
    out = []
    for answer in answers:
        if isinstance(answer, DockerException):
            raise answer
        out.append(containers.prepare_model(answer))
    return out


def networks_list(collection: Any, names: Any = None, ids: Any = None, filters: Any = None,
                  greedy: bool = False) -> Plan:
    entries = yield Call("networks", names=names, ids=ids, filters=filters)
    if not greedy:
        # the typed faces mark them sparse: a list entry is not the inspect answer (see `summary`)
        return [collection.prepare_model(entry, sparse=collection.client._typed) for entry in entries]
    answers = yield Gather(Call("inspect_network", entry["Id"]) for entry in entries)
    out = []
    for answer in answers:
        if isinstance(answer, DockerException):
            raise answer
        out.append(collection.prepare_model(answer))
    return out


# --- volumes -------------------------------------------------------------------------------------------

def volume_name(attrs: Any) -> str:
    name = _get(attrs, "Name")
    return name if isinstance(name, str) else ""


def volumes_list(collection: Any, filters: Any = None) -> Plan:
    answer = yield Call("volumes", filters=filters)
    return [collection.prepare_model(entry) for entry in _member(answer, "Volumes") or []]



# --- services, nodes, secrets, configs -----------------------------------------------------------------


# --- plugins -------------------------------------------------------------------------------------------


# --- swarm ---------------------------------------------------------------------------------------------
