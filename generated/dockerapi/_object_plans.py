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

import json
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
    "swarm_object_version", "spec_name", "spec_name_repr", "services_create", "service_update",
    "service_force_update", "service_scale", "service_tasks", "secrets_create", "configs_create",
    "plugin_name", "name_repr", "plugin_enabled", "plugin_settings", "plugin_upgrade", "plugins_create",
    "plugins_install", "swarm_init", "swarm_update",
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


def _inspect_each(collection: Any, method: str, keys: Any, skip_removed: bool = False) -> Plan:
    """One object per key, inspected at once (a Gather) and made by `collection`. An object removed meanwhile
    is left out with `skip_removed`; any other failure (or that one, without it) raises."""
    answers = yield Gather(Call(method, key) for key in keys)
    out = []
    for answer in answers:
        if skip_removed and isinstance(answer, NotFound):
            continue  # removed between the list and its inspect
        if isinstance(answer, DockerException):
            raise answer
        out.append(collection.prepare_model(answer))
    return out


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
    if stream or socket:
        # still running: the exit status is known once the output has ended (result.wait())
        return result_type(None, output, exec_id, container.client.api)
    # detached too, as docker-py: the status when the command has already ended, else None (then result.wait())
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
        yield Call("pull", image_name, platform=platform, tag=None if split_tag(image_name)[1] else "latest")
        created = yield Call("create_container", **arguments)
    container_id = created["Id"]
    if detach and not collection.client._typed:
        # docker-py's run(detach=True) answers with the container as it was created
        attrs = yield Call("inspect_container", container_id)
        yield Call("start", container_id)
        return collection.prepare_model(attrs)
    if not detach and not stream and (keywords or {}).get("create_host_config", {}).get("auto_remove"):
        return (yield from _run_auto_removed(collection, container_id, command, image_name, stdout, stderr))
    yield Call("start", container_id)
    if detach:
        # the typed faces answer with the container as it is after the start (docker-py #1375)
        attrs = yield Call("inspect_container", container_id)
        return collection.prepare_model(attrs)
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
        attrs = yield Call("inspect_container", container_id)  # the error's container: whole, as it exited
        if remove:
            yield from _remove_quietly(container_id)
        raise ContainerError(collection.prepare_model(attrs), exit_status, command, image_name, err, whole)
    if remove:
        yield from _remove_quietly(container_id)
    return out


def _run_auto_removed(collection: Any, container_id: str, command: Any, image: str, stdout: bool,
                      stderr: bool) -> Plan:
    """run() of a container the daemon removes as it exits (`auto_remove=True`), not detached: its output and exit
    status are asked for at once, right after the start, while it runs (after its exit they are gone)."""
    # an error's container, as docker-py's (as created); it also tells the TTY, which daemons before API 1.42
    # would otherwise be asked for once the output has begun, possibly after the removal
    attrs = yield Call("inspect_container", container_id)
    tty = bool(_get(attrs, "Config", "Tty"))
    yield Call("start", container_id)
    status, out, err = yield Gather([
        Call("wait", container_id),
        Call("logs", container_id, stdout=stdout, stderr=stderr, follow=True, is_tty=tty),
        Call("logs", container_id, stdout=False, stderr=True, follow=True, is_tty=tty),
    ])
    for answer in (status, out, err):
        if isinstance(answer, DockerException):
            raise answer
    exit_status = _status_code(status)
    if exit_status != 0:
        raise ContainerError(collection.prepare_model(attrs), exit_status, command, image, err,
                             out if stdout and not stderr else None)
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
    return (yield from _inspect_each(collection, "inspect_container", [e["Id"] for e in entries], ignore_removed))


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
    return (yield from _inspect_each(collection, "inspect_image", [e["Id"] for e in entries], skip_removed=True))


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
    return (yield from _inspect_each(collection, "inspect_image", names))


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
    return (yield from _inspect_each(network.client.containers, "inspect_container", ids))


def networks_list(collection: Any, names: Any = None, ids: Any = None, filters: Any = None,
                  greedy: bool = False) -> Plan:
    entries = yield Call("networks", names=names, ids=ids, filters=filters)
    if not greedy:
        # the typed faces mark them sparse: a list entry is not the inspect answer (see `summary`)
        return [collection.prepare_model(entry, sparse=collection.client._typed) for entry in entries]
    return (yield from _inspect_each(collection, "inspect_network", [e["Id"] for e in entries]))


# --- volumes -------------------------------------------------------------------------------------------

def volume_name(attrs: Any) -> str:
    name = _get(attrs, "Name")
    return name if isinstance(name, str) else ""


def volumes_list(collection: Any, filters: Any = None) -> Plan:
    answer = yield Call("volumes", filters=filters)
    return [collection.prepare_model(entry) for entry in _member(answer, "Volumes") or []]



# --- services, nodes, secrets, configs -----------------------------------------------------------------

def swarm_object_version(attrs: Any) -> int:
    """Version.Index of a swarm object: updates must send the current one."""
    index = _get(attrs, "Version", "Index")
    if not isinstance(index, int):
        raise DockerException("no version in attrs (not in a swarm, or not read yet): reload() reads it")
    return index


def spec_name(attrs: Any) -> str | None:
    name = _get(attrs, "Spec", "Name")
    return name if isinstance(name, str) else None


def spec_name_repr(attrs: Any) -> str:
    return repr(spec_name(attrs) or "")


def _service_arguments(image: Any, command: Any, container_labels: Any, log_driver: Any, log_driver_options: Any,
                       keywords: Mapping[str, Mapping[str, Any]], force_update: Any = None) -> dict[str, Any]:
    """create_service's (and update_service's) arguments from docker-py's flat keywords: the generator has
    grouped them by the builder of dockerapi.types whose signature has them; the task template is built here."""
    from . import types  # the builders import the models: not before a service is made

    if log_driver_options is not None and log_driver is None:
        raise TypeError("log_driver_options is given without log_driver")
    service = _set(keywords.get("create_service", {}))
    container = _set(keywords.get("types.ContainerSpec", {}))
    task = _set(keywords.get("types.TaskTemplate", {}))
    placement = _set(keywords.get("types.Placement", {}))
    container["image"] = image
    if command is not None:
        container["command"] = command
    if container_labels is not None:
        container["labels"] = container_labels
    if log_driver is not None:
        task["log_driver"] = {"Name": log_driver, "Options": dict(log_driver_options or {})}
    if force_update is not None:
        task["force_update"] = force_update
    task["placement"] = types.Placement(**placement)
    task["container_spec"] = types.ContainerSpec(**container)
    service["task_template"] = types.TaskTemplate(**task)
    return service


def services_create(collection: Any, image: Any, command: Any = None, container_labels: Any = None,
                    log_driver: Any = None, log_driver_options: Any = None,
                    keywords: Mapping[str, Mapping[str, Any]] | None = None) -> Plan:
    arguments = _service_arguments(image, command, container_labels, log_driver, log_driver_options, keywords or {})
    created = yield Call("create_service", **arguments)
    attrs = yield Call("inspect_service", created["ID"])
    return collection.prepare_model(attrs)


def service_update(service: Any, image: Any = None, command: Any = None, container_labels: Any = None,
                   log_driver: Any = None, log_driver_options: Any = None, force_update: Any = None,
                   fetch_current_spec: bool = True, keywords: Mapping[str, Mapping[str, Any]] | None = None) -> Plan:
    attrs = service._attrs
    if image is None:  # the image is required in a ContainerSpec: keep the current one
        image = _get(attrs, "Spec", "TaskTemplate", "ContainerSpec", "Image")
    if force_update is True:
        force_update = int(_get(attrs, "Spec", "TaskTemplate", "ForceUpdate") or 0) + 1
    arguments = _service_arguments(image, command, container_labels, log_driver, log_driver_options,
                                   keywords or {}, force_update=force_update if force_update is not False else None)
    answer = yield Call("update_service", service.id, swarm_object_version(attrs),
                        fetch_current_spec=fetch_current_spec, **arguments)
    return answer


def service_force_update(service: Any) -> Plan:
    return (yield from service_update(service, force_update=True, fetch_current_spec=True))


def service_scale(service: Any, replicas: int) -> Plan:
    from . import types

    if "Global" in (_get(service._attrs, "Spec", "Mode") or {}):
        raise InvalidArgument("a global service runs one task per node: it cannot be scaled")
    answer = yield Call("update_service", service.id, swarm_object_version(service._attrs),
                        mode=types.ServiceMode("replicated", replicas), fetch_current_spec=True)
    return answer


def service_tasks(service: Any, filters: Any = None) -> Plan:
    tasks = yield Call("tasks", filters={**(filters or {}), "service": service.id})
    return tasks


def _swarm_file_create(collection: Any, create: str, inspect: str, name: str, data: Any,
                       keywords: Mapping[str, Mapping[str, Any]] | None) -> Plan:
    created = yield Call(create, name=name, data=data, **_set((keywords or {}).get(create, {})))
    if collection.client._typed:  # attrs is the whole typed description
        attrs = yield Call(inspect, created["ID"])
        return collection.prepare_model(attrs)
    # docker-py's answer: the create answer, with the name the caller gave
    return collection.prepare_model({"ID": created["ID"], "Spec": {"Name": name}})


def secrets_create(collection: Any, name: str, data: Any,
                   keywords: Mapping[str, Mapping[str, Any]] | None = None) -> Plan:
    return (yield from _swarm_file_create(collection, "create_secret", "inspect_secret", name, data, keywords))


def configs_create(collection: Any, name: str, data: Any,
                   keywords: Mapping[str, Mapping[str, Any]] | None = None) -> Plan:
    return (yield from _swarm_file_create(collection, "create_config", "inspect_config", name, data, keywords))


# --- plugins -------------------------------------------------------------------------------------------

def plugin_name(attrs: Any) -> str:
    name = _get(attrs, "Name")
    return name if isinstance(name, str) else ""


def name_repr(attrs: Any) -> str:
    return repr(plugin_name(attrs))


def plugin_enabled(attrs: Any) -> bool | None:
    enabled = _get(attrs, "Enabled")
    return enabled if isinstance(enabled, bool) else None


def plugin_settings(attrs: Any) -> dict[str, Any] | None:
    settings = _get(attrs, "Settings")
    return None if settings is None else dict(settings)


def _progress(output: Any) -> list[Any]:
    """The progress messages of a collected plugin pull/upgrade answer (JSON lines), decoded."""
    if isinstance(output, (bytes, str)):
        text = output.decode() if isinstance(output, bytes) else output
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return list(output or [])


def plugin_upgrade(plugin: Any, remote: str | None = None) -> Plan:
    if plugin_enabled(plugin._attrs):
        raise DockerException(f"plugin {plugin_name(plugin._attrs)!r} is enabled: disable it before upgrading")
    name = plugin_name(plugin._attrs)
    remote = remote or name
    privileges = yield Call("plugin_privileges", remote)
    output = yield Call("upgrade_plugin", name, remote, privileges)
    plugin._set_attrs((yield Call("inspect_plugin", name)))
    return _progress(output)


def plugins_create(collection: Any, name: str, plugin_data_dir: str, gzip: bool = False) -> Plan:
    yield Call("create_plugin", name, plugin_data_dir, gzip)
    attrs = yield Call("inspect_plugin", name)
    return collection.prepare_model(attrs)


def plugins_install(collection: Any, remote_name: str, local_name: str | None = None) -> Plan:
    privileges = yield Call("plugin_privileges", remote_name)
    yield Call("pull_plugin", remote_name, privileges, local_name)
    attrs = yield Call("inspect_plugin", local_name or remote_name)
    return collection.prepare_model(attrs)


# --- swarm ---------------------------------------------------------------------------------------------

def swarm_init(swarm: Any, advertise_addr: str | None = None, listen_addr: str = "0.0.0.0:2377",
               force_new_cluster: bool = False, default_addr_pool: Any = None, subnet_size: int | None = None,
               data_path_addr: str | None = None, data_path_port: int | None = None,
               keywords: Mapping[str, Mapping[str, Any]] | None = None) -> Plan:
    spec = yield Call("create_swarm_spec", **_set((keywords or {}).get("create_swarm_spec", {})))
    node_id = yield Call("init_swarm", advertise_addr=advertise_addr, listen_addr=listen_addr,
                         force_new_cluster=force_new_cluster, swarm_spec=spec, default_addr_pool=default_addr_pool,
                         subnet_size=subnet_size, data_path_addr=data_path_addr, data_path_port=data_path_port)
    swarm._set_attrs((yield Call("inspect_swarm")))
    return node_id


# docker-py sends this node certificate lifetime (90 days, in ns) when an update names none
_NODE_CERT_EXPIRY = 90 * 24 * 3600 * 10**9


def swarm_update(swarm: Any, rotate_worker_token: bool = False, rotate_manager_token: bool = False,
                 rotate_manager_unlock_key: bool = False,
                 keywords: Mapping[str, Mapping[str, Any]] | None = None) -> Plan:
    settings = _set((keywords or {}).get("create_swarm_spec", {}))
    settings.setdefault("node_cert_expiry", _NODE_CERT_EXPIRY)
    spec = yield Call("create_swarm_spec", **settings)
    answer = yield Call("update_swarm", version=swarm_object_version(swarm._attrs), swarm_spec=spec,
                        rotate_worker_token=rotate_worker_token, rotate_manager_token=rotate_manager_token,
                        rotate_manager_unlock_key=rotate_manager_unlock_key)
    return answer
