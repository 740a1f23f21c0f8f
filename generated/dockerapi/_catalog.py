# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""One `Operation` per catalog method: what to send and how to read the answer."""

from __future__ import annotations

from datetime import datetime

from . import _adapters, _convert, _helpers, _preparers
from ._operation import Operation, Param, Returns
from ._wire import WireModel

__all__: list[str] = []


inspect_container = Operation(
    id="ContainerInspect",
    method="inspect_container",
    verb="GET",
    path="/containers/{id}/json",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("size", "size", "query", default=False, accepts=(bool,)),
    ),
    returns=Returns("model", model="ContainerInspectResponse"),
    errors={404: "NotFound"},
    content_type="application/json",
)

inspect_service = Operation(
    id="ServiceInspect",
    method="inspect_service",
    verb="GET",
    path="/services/{id}",
    since=(1, 24),
    until=None,
    params=(
        Param("service", "id", "path", convert=_convert.resource_id),
        Param("insert_defaults", "insertDefaults", "query", since=(1, 29), accepts=(bool,)),
    ),
    returns=Returns("model", model="Service"),
    errors={404: "NotFound", 503: "APIError"},
    content_type="application/json",
)

inspect_task = Operation(
    id="TaskInspect",
    method="inspect_task",
    verb="GET",
    path="/tasks/{id}",
    since=(1, 24),
    until=None,
    params=(Param("task", "id", "path", convert=_convert.resource_id),),
    returns=Returns("model", model="Task"),
    errors={404: "NotFound", 503: "APIError"},
    content_type="application/json",
)

archive_stat = Operation(
    id="ContainerArchiveInfo",
    method="archive_stat",
    verb="HEAD",
    path="/containers/{id}/archive",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("path", "path", "query", since=(1, 25), accepts=(str,)),
    ),
    returns=Returns("stat", stat_header="X-Docker-Container-Path-Stat"),
    errors={404: "NotFound"},
    content_type="application/json",
)

attach = Operation(
    id="ContainerAttach",
    method="attach",
    verb="POST",
    path="/containers/{id}/attach",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("logs", "logs", "query", default=False, accepts=(bool,)),
        Param("stream", "stream", "query", accepts=(bool,), constant=True, value=True),
        Param("stdin", "stdin", "query", accepts=(bool,), constant=True, value=False),
        Param("stdout", "stdout", "query", default=True, accepts=(bool,)),
        Param("stderr", "stderr", "query", default=True, accepts=(bool,)),
        Param("stream", "stream", "control", default=False, accepts=(bool,)),
        Param("demux", "demux", "control", default=False, accepts=(bool,)),
    ),
    returns=Returns(
        "multiplexed",
        tty_probe=inspect_container,
        tty_field="Config.Tty",
        live_field="State.Running",
        backlog_if="logs",
    ),
    errors={404: "NotFound"},
    content_type="application/json",
)

attach_socket = Operation(
    id="ContainerAttach",
    method="attach_socket",
    verb="POST",
    path="/containers/{id}/attach",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("detach_keys", "detachKeys", "query", accepts=(str,), config_default="detachKeys"),
        Param("logs", "logs", "query", default=False, accepts=(bool,)),
        Param("stream", "stream", "query", default=True, accepts=(bool,)),
        Param("stdin", "stdin", "query", default=True, accepts=(bool,)),
        Param("stdout", "stdout", "query", default=True, accepts=(bool,)),
        Param("stderr", "stderr", "query", default=True, accepts=(bool,)),
        Param(
            "params",
            "params",
            "control",
            accepts=(
                dict,
                WireModel,
            ),
        ),
        Param("ws", "ws", "control", default=False, accepts=(bool,)),
    ),
    returns=Returns("hijack"),
    errors={404: "NotFound"},
    content_type="application/json",
)

attach_websocket = Operation(
    id="ContainerAttachWebsocket",
    method="attach_websocket",
    verb="GET",
    path="/containers/{id}/attach/ws",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("detach_keys", "detachKeys", "query", accepts=(str,), config_default="detachKeys"),
        Param("logs", "logs", "query", accepts=(bool,)),
        Param("stream", "stream", "query", default=True, accepts=(bool,)),
        Param("stdin", "stdin", "query", since=(1, 42), default=True, accepts=(bool,)),
        Param("stdout", "stdout", "query", since=(1, 42), default=True, accepts=(bool,)),
        Param("stderr", "stderr", "query", since=(1, 42), default=True, accepts=(bool,)),
    ),
    returns=Returns("hijack", protocol="websocket"),
    errors={404: "NotFound"},
    content_type="application/json",
)

build = Operation(
    id="ImageBuild",
    method="build",
    verb="POST",
    path="/build",
    since=(1, 24),
    until=None,
    params=(
        Param("dockerfile", "dockerfile", "query", accepts=(str,)),
        Param("tag", "t", "query", accepts=(str,)),
        Param("extra_hosts", "extrahosts", "query", since=(1, 28), convert=_convert.extra_hosts),
        Param("quiet", "q", "query", default=False, accepts=(bool,)),
        Param("nocache", "nocache", "query", default=False, accepts=(bool,)),
        Param("cache_from", "cachefrom", "query", since=(1, 25), convert=_convert.json_param, json=True),
        Param("pull", "pull", "query", default=False, accepts=(bool,)),
        Param("rm", "rm", "query", default=False, accepts=(bool,)),
        Param("forcerm", "forcerm", "query", default=False, accepts=(bool,)),
        Param("memory", "memory", "query", convert=_convert.byte_size),
        Param("memswap", "memswap", "query", convert=_convert.byte_size),
        Param("cpushares", "cpushares", "query", accepts=(int,)),
        Param("cpusetcpus", "cpusetcpus", "query", accepts=(str,)),
        Param("cpuperiod", "cpuperiod", "query", accepts=(int,)),
        Param("cpuquota", "cpuquota", "query", accepts=(int,)),
        Param("buildargs", "buildargs", "query", convert=_convert.json_param, json=True),
        Param("shmsize", "shmsize", "query", convert=_convert.byte_size),
        Param("squash", "squash", "query", since=(1, 25), accepts=(bool,)),
        Param("labels", "labels", "query", convert=_convert.json_param, json=True),
        Param("network_mode", "networkmode", "query", since=(1, 25), accepts=(str,)),
        Param("platform", "platform", "query", since=(1, 32), accepts=(str,)),
        Param("target", "target", "query", since=(1, 29), accepts=(str,)),
        Param("outputs", "outputs", "query", since=(1, 40), accepts=(str,), json=True),
        Param("version", "version", "query", since=(1, 38), accepts=(str,)),
        Param("data", "body", "body"),
        Param("path", "path", "control", accepts=(str,)),
        Param("fileobj", "fileobj", "control"),
        Param("custom_context", "custom_context", "control", default=False, accepts=(bool,)),
        Param("encoding", "encoding", "control", accepts=(str,)),
        Param("gzip", "gzip", "control", default=False, accepts=(bool,)),
        Param(
            "container_limits",
            "container_limits",
            "control",
            accepts=(
                dict,
                WireModel,
            ),
        ),
        Param(
            "timeout",
            "timeout",
            "control",
            accepts=(
                float,
                int,
            ),
        ),
        Param("decode", "decode", "control", default=False, accepts=(bool,)),
        Param("stream", "stream", "control", default=True, accepts=(bool,)),
        Param("isolation", "isolation", "query", accepts=(str,)),
        Param("use_config_proxy", "use_config_proxy", "control", default=True, accepts=(bool,)),
    ),
    returns=Returns("json_progress", model="ProgressMessage", stream_error="BuildError"),
    errors={400: "APIError"},
    content_type="application/octet-stream",
    stream_timeout=True,
    prepare=_preparers.build_context,
)

commit = Operation(
    id="ImageCommit",
    method="commit",
    verb="POST",
    path="/commit",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "container", "query", convert=_convert.resource_id),
        Param("repository", "repo", "query", accepts=(str,)),
        Param("tag", "tag", "query", accepts=(str,)),
        Param("message", "comment", "query", accepts=(str,)),
        Param("author", "author", "query", accepts=(str,)),
        Param("pause", "pause", "query", default=True, accepts=(bool,)),
        Param(
            "changes",
            "changes",
            "query",
            accepts=(
                str,
                list,
                tuple,
            ),
        ),
        Param("conf", "body", "body", model="ContainerConfig", empty={}),
    ),
    returns=Returns("model", model="IDResponse"),
    errors={404: "NotFound"},
    content_type="application/json",
)

configs = Operation(
    id="ConfigList",
    method="configs",
    verb="GET",
    path="/configs",
    since=(1, 30),
    until=None,
    params=(Param("filters", "filters", "query", since=(1, 30), convert=_convert.filters_json, json=True),),
    returns=Returns("list", model="Config"),
    errors={503: "APIError"},
    content_type="application/json",
)

configure_plugin = Operation(
    id="PluginSet",
    method="configure_plugin",
    verb="POST",
    path="/plugins/{name}/set",
    since=(1, 25),
    until=None,
    params=(
        Param("name", "name", "path", accepts=(str,)),
        Param("options", "body", "body", convert=_convert.env_list),
    ),
    returns=Returns("bool"),
    errors={404: "NotFound"},
    content_type="application/json",
)

connect_container_to_network = Operation(
    id="NetworkConnect",
    method="connect_container_to_network",
    verb="POST",
    path="/networks/{id}/connect",
    since=(1, 24),
    until=None,
    params=(
        Param("net_id", "id", "path", convert=_convert.resource_id),
        Param("container", "Container", "body-field", convert=_convert.resource_id),
        Param("ipv4_address", "EndpointConfig", "helper", helper=_helpers.create_endpoint_config),
        Param("ipv6_address", "EndpointConfig", "helper", helper=_helpers.create_endpoint_config),
        Param("aliases", "EndpointConfig", "helper", helper=_helpers.create_endpoint_config),
        Param("links", "EndpointConfig", "helper", helper=_helpers.create_endpoint_config),
        Param("link_local_ips", "EndpointConfig", "helper", helper=_helpers.create_endpoint_config),
        Param("driver_opt", "EndpointConfig", "helper", helper=_helpers.create_endpoint_config),
        Param("mac_address", "EndpointConfig", "helper", helper=_helpers.create_endpoint_config),
    ),
    returns=Returns("none"),
    errors={404: "NotFound", 403: "APIError"},
    content_type="application/json",
)

containers = Operation(
    id="ContainerList",
    method="containers",
    verb="GET",
    path="/containers/json",
    since=(1, 24),
    until=None,
    params=(
        Param("all", "all", "query", default=False, accepts=(bool,)),
        Param("limit", "limit", "query", default=-1, accepts=(int,)),
        Param("size", "size", "query", default=False, accepts=(bool,)),
        Param("filters", "filters", "query", convert=_convert.filters_json, json=True),
        Param("quiet", "quiet", "control", default=False, accepts=(bool,)),
        Param("trunc", "trunc", "control", default=False, accepts=(bool,)),
        Param("latest", "latest", "control", default=False, accepts=(bool,), sets={"limit": 1}),
        Param("since", "since", "filter", accepts=(str,)),
        Param("before", "before", "filter", accepts=(str,)),
    ),
    returns=Returns("list", model="ContainerSummary", adapter=_adapters.container_list),
    errors={400: "APIError"},
    content_type="application/json",
)

create_config = Operation(
    id="ConfigCreate",
    method="create_config",
    verb="POST",
    path="/configs/create",
    since=(1, 30),
    until=None,
    params=(
        Param("name", "Name", "body-field", since=(1, 30), accepts=(str,)),
        Param("labels", "Labels", "body-field", since=(1, 30), convert=_convert.labels_map),
        Param("data", "Data", "body-field", since=(1, 30), convert=_convert.base64_data),
        Param(
            "templating",
            "Templating",
            "body-field",
            since=(1, 37),
            accepts=(
                dict,
                WireModel,
            ),
            model="Driver",
        ),
    ),
    returns=Returns("model", model="SwarmObjectCreated"),
    errors={409: "Conflict", 503: "APIError"},
    content_type="application/json",
)

create_container = Operation(
    id="ContainerCreate",
    method="create_container",
    verb="POST",
    path="/containers/create",
    since=(1, 24),
    until=None,
    params=(
        Param("name", "name", "query", accepts=(str,)),
        Param("platform", "platform", "query", since=(1, 41), accepts=(str,)),
        Param("hostname", "Hostname", "body-field", accepts=(str,)),
        Param("domainname", "Domainname", "body-field", accepts=(str,)),
        Param("user", "User", "body-field", convert=_convert.text),
        Param("attach_stdin", "AttachStdin", "body-field", accepts=(bool,)),
        Param("attach_stdout", "AttachStdout", "body-field", accepts=(bool,)),
        Param("attach_stderr", "AttachStderr", "body-field", accepts=(bool,)),
        Param("ports", "ExposedPorts", "body-field", convert=_convert.exposed_ports),
        Param("tty", "Tty", "body-field", default=False, accepts=(bool,)),
        Param("stdin_open", "OpenStdin", "body-field", default=False, accepts=(bool,)),
        Param("stdin_once", "StdinOnce", "body-field", accepts=(bool,)),
        Param("environment", "Env", "body-field", convert=_convert.env_list),
        Param("command", "Cmd", "body-field", convert=_convert.command_argv),
        Param("healthcheck", "Healthcheck", "body-field", convert=_convert.healthcheck, model="HealthConfig"),
        Param("args_escaped", "ArgsEscaped", "body-field", since=(1, 25), accepts=(bool,)),
        Param("image", "Image", "body-field", accepts=(str,)),
        Param("volumes", "Volumes", "body-field", convert=_convert.volume_mounts),
        Param("working_dir", "WorkingDir", "body-field", accepts=(str,)),
        Param("entrypoint", "Entrypoint", "body-field", convert=_convert.command_argv),
        Param("network_disabled", "NetworkDisabled", "body-field", default=False, accepts=(bool,)),
        Param(
            "on_build",
            "OnBuild",
            "body-field",
            since=(1, 25),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("labels", "Labels", "body-field", convert=_convert.labels_map),
        Param("stop_signal", "StopSignal", "body-field", accepts=(str,)),
        Param("stop_timeout", "StopTimeout", "body-field", since=(1, 25), accepts=(int,)),
        Param(
            "shell",
            "Shell",
            "body-field",
            since=(1, 25),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param(
            "host_config",
            "HostConfig",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
            model="HostConfig",
        ),
        Param(
            "networking_config",
            "NetworkingConfig",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
            model="NetworkingConfig",
        ),
        Param("mac_address", "MacAddress", "body-field", until=(1, 52), accepts=(str,)),
        Param("use_config_proxy", "use_config_proxy", "control", default=True, accepts=(bool,)),
        Param("detach", "detach", "control", default=False, accepts=(bool,)),
        Param(
            "mem_limit",
            "mem_limit",
            "body-field",
            until=(1, 24),
            convert=_convert.byte_size,
            advice="pass it in host_config (create_host_config(mem_limit=...))",
        ),
        Param(
            "memswap_limit",
            "memswap_limit",
            "body-field",
            until=(1, 24),
            convert=_convert.byte_size,
            advice="pass it in host_config (create_host_config(memswap_limit=...))",
        ),
        Param(
            "cpu_shares",
            "cpu_shares",
            "body-field",
            until=(1, 24),
            accepts=(int,),
            advice="pass it in host_config (create_host_config(cpu_shares=...))",
        ),
        Param(
            "dns",
            "dns",
            "body-field",
            until=(1, 24),
            accepts=(
                list,
                tuple,
            ),
            advice="pass it in host_config (create_host_config(dns=...))",
        ),
        Param(
            "volumes_from",
            "volumes_from",
            "body-field",
            until=(1, 24),
            accepts=(
                str,
                list,
                tuple,
            ),
            advice="pass it in host_config (create_host_config(volumes_from=...))",
        ),
        Param(
            "volume_driver",
            "volume_driver",
            "body-field",
            until=(1, 24),
            accepts=(str,),
            advice="pass it in host_config (create_host_config(volume_driver=...))",
        ),
        Param("runtime", "HostConfig.Runtime", "body-field", since=(1, 25), accepts=(str,)),
    ),
    returns=Returns("model", model="ContainerCreateResponse"),
    errors={404: "ImageNotFound", 409: "Conflict"},
    content_type="application/json",
    prepare=_preparers.create_defaults,
)

create_container_from_config = Operation(
    id="ContainerCreate",
    method="create_container_from_config",
    verb="POST",
    path="/containers/create",
    since=(1, 24),
    until=None,
    params=(
        Param("name", "name", "query", accepts=(str,)),
        Param("platform", "platform", "query", since=(1, 41), accepts=(str,)),
        Param("config", "body", "body", model="ContainerCreateRequest"),
    ),
    returns=Returns("model", model="ContainerCreateResponse"),
    errors={404: "ImageNotFound", 409: "Conflict"},
    content_type="application/json",
)

create_network = Operation(
    id="NetworkCreate",
    method="create_network",
    verb="POST",
    path="/networks/create",
    since=(1, 24),
    until=None,
    params=(
        Param("name", "Name", "body-field", accepts=(str,)),
        Param("driver", "Driver", "body-field", accepts=(str,)),
        Param("scope", "Scope", "body-field", since=(1, 30), accepts=(str,)),
        Param("internal", "Internal", "body-field", default=False, accepts=(bool,)),
        Param("attachable", "Attachable", "body-field", since=(1, 27), accepts=(bool,)),
        Param("ingress", "Ingress", "body-field", since=(1, 29), accepts=(bool,)),
        Param("config_only", "ConfigOnly", "body-field", since=(1, 41), accepts=(bool,)),
        Param(
            "config_from",
            "ConfigFrom",
            "body-field",
            since=(1, 41),
            accepts=(
                dict,
                WireModel,
            ),
            model="ConfigReference",
        ),
        Param(
            "ipam",
            "IPAM",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
            model="IPAM",
        ),
        Param("enable_ipv4", "EnableIPv4", "body-field", since=(1, 47), accepts=(bool,)),
        Param("enable_ipv6", "EnableIPv6", "body-field", default=False, accepts=(bool,)),
        Param("options", "Options", "body-field", convert=_convert.str_map),
        Param("labels", "Labels", "body-field", convert=_convert.labels_dict),
        Param(
            "check_duplicate",
            "CheckDuplicate",
            "body-field",
            until=(1, 46),
            accepts=(bool,),
            advice="From API 1.46 True is accepted and not sent (the daemon refuses a name in use anyway); False cannot be honoured.",
            implied=True,
        ),
    ),
    returns=Returns("model", model="NetworkCreateResponse"),
    errors={404: "NotFound", 403: "APIError"},
    content_type="application/json",
)

create_plugin = Operation(
    id="PluginCreate",
    method="create_plugin",
    verb="POST",
    path="/plugins/create",
    since=(1, 25),
    until=None,
    params=(
        Param("name", "name", "query", since=(1, 25), accepts=(str,)),
        Param("plugin_data_dir", "plugin_data_dir", "body"),
        Param("gzip", "gzip", "control", default=False, accepts=(bool,)),
    ),
    returns=Returns("bool"),
    content_type="application/x-tar",
    prepare=_preparers.plugin_data_dir,
)

create_secret = Operation(
    id="SecretCreate",
    method="create_secret",
    verb="POST",
    path="/secrets/create",
    since=(1, 25),
    until=None,
    params=(
        Param("name", "Name", "body-field", since=(1, 25), accepts=(str,)),
        Param("labels", "Labels", "body-field", since=(1, 25), convert=_convert.labels_map),
        Param("data", "Data", "body-field", since=(1, 25), convert=_convert.base64_data),
        Param(
            "driver",
            "Driver",
            "body-field",
            since=(1, 31),
            accepts=(
                dict,
                WireModel,
            ),
            model="Driver",
        ),
        Param(
            "templating",
            "Templating",
            "body-field",
            since=(1, 37),
            accepts=(
                dict,
                WireModel,
            ),
            model="Driver",
        ),
    ),
    returns=Returns("model", model="SwarmObjectCreated"),
    errors={409: "Conflict", 503: "APIError"},
    content_type="application/json",
)

create_service = Operation(
    id="ServiceCreate",
    method="create_service",
    verb="POST",
    path="/services/create",
    since=(1, 24),
    until=None,
    params=(
        Param(
            "auth_config",
            "X-Registry-Auth",
            "header",
            accepts=(
                dict,
                WireModel,
            ),
        ),
        Param("name", "Name", "body-field", accepts=(str,)),
        Param("labels", "Labels", "body-field", convert=_convert.labels_map),
        Param(
            "task_template",
            "TaskTemplate",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
            model="TaskSpec",
        ),
        Param("mode", "Mode", "body-field", convert=_convert.service_mode, model="ServiceSpecMode"),
        Param(
            "update_config",
            "UpdateConfig",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
            model="ServiceSpecUpdateConfig",
        ),
        Param(
            "rollback_config",
            "RollbackConfig",
            "body-field",
            since=(1, 28),
            accepts=(
                dict,
                WireModel,
            ),
            model="ServiceSpecRollbackConfig",
        ),
        Param(
            "endpoint_spec",
            "EndpointSpec",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
            model="EndpointSpec",
        ),
        Param(
            "endpoint_config",
            "EndpointSpec",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
        ),
        Param("networks", "TaskTemplate.Networks", "body-field", convert=_convert.network_attachments),
    ),
    returns=Returns("model", model="ServiceCreateResponse"),
    errors={409: "Conflict", 403: "APIError", 503: "APIError"},
    content_type="application/json",
)

create_volume = Operation(
    id="VolumeCreate",
    method="create_volume",
    verb="POST",
    path="/volumes/create",
    since=(1, 24),
    until=None,
    params=(
        Param("name", "Name", "body-field", accepts=(str,)),
        Param("driver", "Driver", "body-field", default="local", accepts=(str,)),
        Param("driver_opts", "DriverOpts", "body-field", convert=_convert.str_map),
        Param("labels", "Labels", "body-field", convert=_convert.labels_map),
        Param(
            "cluster_volume_spec",
            "ClusterVolumeSpec",
            "body-field",
            since=(1, 42),
            accepts=(
                dict,
                WireModel,
            ),
            model="ClusterVolumeSpec",
        ),
    ),
    returns=Returns("model", model="Volume"),
    content_type="application/json",
)

df = Operation(
    id="SystemDataUsage",
    method="df",
    verb="GET",
    path="/system/df",
    since=(1, 25),
    until=None,
    params=(
        Param(
            "type",
            "type",
            "query",
            since=(1, 42),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("verbose", "verbose", "query", since=(1, 52), default=False, accepts=(bool,)),
    ),
    returns=Returns("model", model="SystemDataUsageResponse"),
    content_type="application/json",
)

diff = Operation(
    id="ContainerChanges",
    method="diff",
    verb="GET",
    path="/containers/{id}/changes",
    since=(1, 24),
    until=None,
    params=(Param("container", "id", "path", convert=_convert.resource_id),),
    returns=Returns("list", model="FilesystemChange"),
    errors={404: "NotFound"},
    content_type="application/json",
)

disable_plugin = Operation(
    id="PluginDisable",
    method="disable_plugin",
    verb="POST",
    path="/plugins/{name}/disable",
    since=(1, 24),
    until=None,
    params=(
        Param("name", "name", "path", accepts=(str,)),
        Param("force", "force", "query", since=(1, 28), default=False, accepts=(bool,)),
    ),
    returns=Returns("bool"),
    errors={404: "NotFound"},
    content_type="application/json",
)

disconnect_container_from_network = Operation(
    id="NetworkDisconnect",
    method="disconnect_container_from_network",
    verb="POST",
    path="/networks/{id}/disconnect",
    since=(1, 24),
    until=None,
    params=(
        Param("net_id", "id", "path", convert=_convert.resource_id),
        Param("container", "Container", "body-field", convert=_convert.resource_id),
        Param("force", "Force", "body-field", default=False, accepts=(bool,)),
    ),
    returns=Returns("none"),
    errors={404: "NotFound", 403: "APIError"},
    content_type="application/json",
)

enable_plugin = Operation(
    id="PluginEnable",
    method="enable_plugin",
    verb="POST",
    path="/plugins/{name}/enable",
    since=(1, 24),
    until=None,
    params=(
        Param("name", "name", "path", accepts=(str,)),
        Param("timeout", "timeout", "query", since=(1, 25), default=0, accepts=(int,)),
    ),
    returns=Returns("bool"),
    errors={404: "NotFound"},
    content_type="application/json",
)

events = Operation(
    id="SystemEvents",
    method="events",
    verb="GET",
    path="/events",
    since=(1, 24),
    until=None,
    params=(
        Param("since", "since", "query", convert=_convert.epoch_seconds),
        Param("until", "until", "query", convert=_convert.epoch_seconds),
        Param("filters", "filters", "query", convert=_convert.filters_json, json=True),
        Param("decode", "decode", "control", accepts=(bool,)),
        Param("stream", "stream", "control", default=True, accepts=(bool,)),
    ),
    returns=Returns("json_lines", model="ClassicEventMessage"),
    errors={400: "APIError"},
    content_type="application/json",
)

exec_create = Operation(
    id="ContainerExec",
    method="exec_create",
    verb="POST",
    path="/containers/{id}/exec",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("stdin", "AttachStdin", "body-field", default=False, accepts=(bool,)),
        Param("stdout", "AttachStdout", "body-field", default=True, accepts=(bool,)),
        Param("stderr", "AttachStderr", "body-field", default=True, accepts=(bool,)),
        Param(
            "console_size",
            "ConsoleSize",
            "body-field",
            since=(1, 42),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("detach_keys", "DetachKeys", "body-field", accepts=(str,), config_default="detachKeys"),
        Param("tty", "Tty", "body-field", default=False, accepts=(bool,)),
        Param("environment", "Env", "body-field", since=(1, 25), convert=_convert.env_list),
        Param("cmd", "Cmd", "body-field", convert=_convert.command_argv),
        Param("privileged", "Privileged", "body-field", default=False, accepts=(bool,)),
        Param("user", "User", "body-field", default="", convert=_convert.text),
        Param("workdir", "WorkingDir", "body-field", since=(1, 35), accepts=(str,)),
        Param(
            "since",
            "since",
            "body-field",
            until=(1, 24),
            accepts=(
                datetime,
                int,
                float,
            ),
            advice="no Engine API version filters exec output by time; read a container\u0027s output since a moment with logs(container, since=...)",
        ),
    ),
    returns=Returns("model", model="IDResponse"),
    errors={404: "NotFound", 409: "Conflict"},
    content_type="application/json",
)

exec_inspect = Operation(
    id="ExecInspect",
    method="exec_inspect",
    verb="GET",
    path="/exec/{id}/json",
    since=(1, 24),
    until=None,
    params=(Param("exec_id", "id", "path", convert=_convert.resource_id),),
    returns=Returns("model", model="ExecInspectResponse"),
    errors={404: "NotFound"},
    content_type="application/json",
)

exec_resize = Operation(
    id="ExecResize",
    method="exec_resize",
    verb="POST",
    path="/exec/{id}/resize",
    since=(1, 24),
    until=None,
    params=(
        Param("exec_id", "id", "path", convert=_convert.resource_id),
        Param("height", "h", "query", accepts=(int,)),
        Param("width", "w", "query", accepts=(int,)),
    ),
    returns=Returns("none"),
    errors={404: "NotFound"},
    content_type="application/json",
)

exec_start = Operation(
    id="ExecStart",
    method="exec_start",
    verb="POST",
    path="/exec/{id}/start",
    since=(1, 24),
    until=None,
    params=(
        Param("exec_id", "id", "path", convert=_convert.resource_id),
        Param("detach", "Detach", "body-field", default=False, accepts=(bool,)),
        Param("tty", "Tty", "body-field", default=False, accepts=(bool,)),
        Param(
            "console_size",
            "ConsoleSize",
            "body-field",
            since=(1, 42),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("stream", "stream", "control", default=False, accepts=(bool,)),
        Param("socket", "socket", "control", default=False, accepts=(bool,)),
        Param("demux", "demux", "control", default=False, accepts=(bool,)),
    ),
    returns=Returns("multiplexed", raw_if="detach", tty_from="sniff"),
    errors={404: "NotFound", 409: "Conflict"},
    content_type="application/json",
)

export = Operation(
    id="ContainerExport",
    method="export",
    verb="GET",
    path="/containers/{id}/export",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("chunk_size", "chunk_size", "control", default=2097152, accepts=(int,)),
    ),
    returns=Returns("raw_stream"),
    errors={404: "NotFound"},
    content_type="application/json",
)

get_archive = Operation(
    id="ContainerArchive",
    method="get_archive",
    verb="GET",
    path="/containers/{id}/archive",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("path", "path", "query", accepts=(str,)),
        Param("chunk_size", "chunk_size", "control", default=2097152, accepts=(int,)),
        Param("encode_stream", "encode_stream", "control", default=False, accepts=(bool,)),
    ),
    returns=Returns("tar_with_stat", stat_header="X-Docker-Container-Path-Stat"),
    errors={404: "NotFound"},
    content_type="application/json",
)

get_image = Operation(
    id="ImageGet",
    method="get_image",
    verb="GET",
    path="/images/{name}/get",
    since=(1, 24),
    until=None,
    params=(
        Param("image", "name", "path", convert=_convert.resource_id),
        Param(
            "platform",
            "platform",
            "query",
            since=(1, 48),
            accepts=(
                list,
                tuple,
            ),
            json=True,
        ),
        Param("chunk_size", "chunk_size", "control", default=2097152, accepts=(int,)),
    ),
    returns=Returns("raw_stream"),
    errors={404: "ImageNotFound"},
    content_type="application/json",
)

get_images = Operation(
    id="ImageGetAll",
    method="get_images",
    verb="GET",
    path="/images/get",
    since=(1, 24),
    until=None,
    params=(
        Param(
            "names",
            "names",
            "query",
            since=(1, 25),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param(
            "platform",
            "platform",
            "query",
            since=(1, 48),
            accepts=(
                list,
                tuple,
            ),
            json=True,
        ),
        Param("chunk_size", "chunk_size", "control", default=2097152, accepts=(int,)),
    ),
    returns=Returns("raw_stream"),
    content_type="application/json",
)

get_unlock_key = Operation(
    id="SwarmUnlockkey",
    method="get_unlock_key",
    verb="GET",
    path="/swarm/unlockkey",
    since=(1, 25),
    until=None,
    params=(),
    returns=Returns("model", model="SwarmUnlockkeyResponse"),
    errors={503: "APIError"},
    content_type="application/json",
)

history = Operation(
    id="ImageHistory",
    method="history",
    verb="GET",
    path="/images/{name}/history",
    since=(1, 24),
    until=None,
    params=(
        Param("image", "name", "path", convert=_convert.resource_id),
        Param("platform", "platform", "query", since=(1, 48), convert=_convert.json_param, json=True),
    ),
    returns=Returns("list", model="ImageHistoryResponseItem"),
    errors={404: "ImageNotFound"},
    content_type="application/json",
)

image_attestations = Operation(
    id="ImageAttestations",
    method="image_attestations",
    verb="GET",
    path="/images/{name}/attestations",
    since=(1, 55),
    until=None,
    params=(
        Param("image", "name", "path", convert=_convert.resource_id),
        Param(
            "platform",
            "platform",
            "query",
            since=(1, 55),
            accepts=(
                list,
                tuple,
            ),
            json=True,
        ),
        Param(
            "type",
            "type",
            "query",
            since=(1, 55),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("statement", "statement", "query", since=(1, 55), default=False, accepts=(bool,)),
    ),
    returns=Returns("list", model="AttestationStatement"),
    errors={404: "ImageNotFound", 501: "APIError"},
    content_type="application/json",
)

images = Operation(
    id="ImageList",
    method="images",
    verb="GET",
    path="/images/json",
    since=(1, 24),
    until=None,
    params=(
        Param("all", "all", "query", default=False, accepts=(bool,)),
        Param("filters", "filters", "query", convert=_convert.filters_json, json=True),
        Param("shared_size", "shared-size", "query", since=(1, 42), default=False, accepts=(bool,)),
        Param("digests", "digests", "query", since=(1, 25), accepts=(bool,)),
        Param("manifests", "manifests", "query", since=(1, 47), accepts=(bool,)),
        Param("identity", "identity", "query", since=(1, 54), accepts=(bool,)),
        Param("name", "reference", "filter", accepts=(str,)),
        Param("quiet", "quiet", "control", default=False, accepts=(bool,)),
    ),
    returns=Returns("list", model="ImageSummary", adapter=_adapters.id_strings_if_quiet),
    content_type="application/json",
)

import_image_from_data = Operation(
    id="ImageCreate",
    method="import_image_from_data",
    verb="POST",
    path="/images/create",
    since=(1, 24),
    until=None,
    params=(
        Param("from_src", "fromSrc", "query", accepts=(str,), constant=True, value="-"),
        Param("repository", "repo", "query", accepts=(str,)),
        Param("tag", "tag", "query", accepts=(str,)),
        Param("message", "message", "query", since=(1, 39), accepts=(str,)),
        Param(
            "changes",
            "changes",
            "query",
            since=(1, 40),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("platform", "platform", "query", since=(1, 32), accepts=(str,)),
        Param("data", "data", "body"),
    ),
    returns=Returns("json_progress", model="ProgressMessage"),
    content_type="application/tar",
    stream_timeout=True,
)

import_image_from_file = Operation(
    id="ImageCreate",
    method="import_image_from_file",
    verb="POST",
    path="/images/create",
    since=(1, 24),
    until=None,
    params=(
        Param("from_src", "fromSrc", "query", accepts=(str,), constant=True, value="-"),
        Param("repository", "repo", "query", accepts=(str,)),
        Param("tag", "tag", "query", accepts=(str,)),
        Param("message", "message", "query", since=(1, 39), accepts=(str,)),
        Param(
            "changes",
            "changes",
            "query",
            since=(1, 40),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("platform", "platform", "query", since=(1, 32), accepts=(str,)),
        Param("filename", "filename", "body", convert=_convert.file_chunks),
    ),
    returns=Returns("json_progress", model="ProgressMessage"),
    content_type="text/plain",
    stream_timeout=True,
)

import_image_from_image = Operation(
    id="ImageCreate",
    method="import_image_from_image",
    verb="POST",
    path="/images/create",
    since=(1, 24),
    until=None,
    params=(
        Param("image", "fromImage", "query", accepts=(str,)),
        Param("repository", "repo", "query", accepts=(str,)),
        Param("tag", "tag", "query", accepts=(str,)),
        Param(
            "changes",
            "changes",
            "query",
            since=(1, 40),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("platform", "platform", "query", since=(1, 32), accepts=(str,)),
        Param("data", "body", "body"),
    ),
    returns=Returns("json_progress", model="ProgressMessage"),
    errors={404: "ImageNotFound"},
    content_type="text/plain",
    stream_timeout=True,
)

import_image_from_stream = Operation(
    id="ImageCreate",
    method="import_image_from_stream",
    verb="POST",
    path="/images/create",
    since=(1, 24),
    until=None,
    params=(
        Param("from_src", "fromSrc", "query", accepts=(str,), constant=True, value="-"),
        Param("repository", "repo", "query", accepts=(str,)),
        Param("tag", "tag", "query", accepts=(str,)),
        Param("message", "message", "query", since=(1, 39), accepts=(str,)),
        Param(
            "changes",
            "changes",
            "query",
            since=(1, 40),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("platform", "platform", "query", since=(1, 32), accepts=(str,)),
        Param("fileobj", "fileobj", "body"),
    ),
    returns=Returns("json_progress", model="ProgressMessage"),
    content_type="text/plain",
    stream_timeout=True,
)

import_image_from_url = Operation(
    id="ImageCreate",
    method="import_image_from_url",
    verb="POST",
    path="/images/create",
    since=(1, 24),
    until=None,
    params=(
        Param("url", "fromSrc", "query", accepts=(str,)),
        Param("repository", "repo", "query", accepts=(str,)),
        Param("tag", "tag", "query", accepts=(str,)),
        Param("message", "message", "query", since=(1, 39), accepts=(str,)),
        Param(
            "changes",
            "changes",
            "query",
            since=(1, 40),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("platform", "platform", "query", since=(1, 32), accepts=(str,)),
        Param("data", "body", "body"),
    ),
    returns=Returns("json_progress", model="ProgressMessage"),
    content_type="text/plain",
    stream_timeout=True,
)

info = Operation(
    id="SystemInfo",
    method="info",
    verb="GET",
    path="/info",
    since=(1, 24),
    until=None,
    params=(),
    returns=Returns("model", model="SystemInfo"),
    content_type="application/json",
)

init_swarm = Operation(
    id="SwarmInit",
    method="init_swarm",
    verb="POST",
    path="/swarm/init",
    since=(1, 24),
    until=None,
    params=(
        Param("listen_addr", "ListenAddr", "body-field", default="0.0.0.0:2377", accepts=(str,)),
        Param("advertise_addr", "AdvertiseAddr", "body-field", accepts=(str,)),
        Param("data_path_addr", "DataPathAddr", "body-field", since=(1, 30), accepts=(str,)),
        Param("data_path_port", "DataPathPort", "body-field", since=(1, 40), accepts=(int,)),
        Param(
            "default_addr_pool",
            "DefaultAddrPool",
            "body-field",
            since=(1, 39),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("force_new_cluster", "ForceNewCluster", "body-field", default=False, accepts=(bool,)),
        Param("subnet_size", "SubnetSize", "body-field", since=(1, 39), accepts=(int,)),
        Param(
            "swarm_spec",
            "Spec",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
            model="SwarmSpec",
        ),
    ),
    returns=Returns("json"),
    errors={400: "APIError", 503: "APIError"},
    content_type="application/json",
    prepare=_preparers.address_pool_pair,
)

inspect_config = Operation(
    id="ConfigInspect",
    method="inspect_config",
    verb="GET",
    path="/configs/{id}",
    since=(1, 30),
    until=None,
    params=(Param("id", "id", "path", convert=_convert.resource_id),),
    returns=Returns("model", model="Config"),
    errors={404: "NotFound", 503: "APIError"},
    content_type="application/json",
)

inspect_distribution = Operation(
    id="DistributionInspect",
    method="inspect_distribution",
    verb="GET",
    path="/distribution/{name}/json",
    since=(1, 30),
    until=None,
    params=(
        Param("image", "name", "path", accepts=(str,)),
        Param(
            "auth_config",
            "X-Registry-Auth",
            "header",
            accepts=(
                dict,
                WireModel,
            ),
            auth_from="name",
        ),
    ),
    returns=Returns("model", model="DistributionInspect"),
    errors={401: "APIError"},
    content_type="application/json",
)

inspect_image = Operation(
    id="ImageInspect",
    method="inspect_image",
    verb="GET",
    path="/images/{name}/json",
    since=(1, 24),
    until=None,
    params=(
        Param("image", "name", "path", convert=_convert.resource_id),
        Param("manifests", "manifests", "query", since=(1, 48), default=False, accepts=(bool,)),
        Param("platform", "platform", "query", since=(1, 49), convert=_convert.json_param, json=True),
    ),
    returns=Returns("model", model="ImageInspect"),
    errors={404: "ImageNotFound"},
    content_type="application/json",
)

inspect_network = Operation(
    id="NetworkInspect",
    method="inspect_network",
    verb="GET",
    path="/networks/{id}",
    since=(1, 24),
    until=None,
    params=(
        Param("net_id", "id", "path", convert=_convert.resource_id),
        Param("verbose", "verbose", "query", since=(1, 28), accepts=(bool,)),
        Param("scope", "scope", "query", since=(1, 31), accepts=(str,)),
    ),
    returns=Returns("model", model="NetworkInspect"),
    errors={404: "NotFound"},
    content_type="application/json",
)

inspect_node = Operation(
    id="NodeInspect",
    method="inspect_node",
    verb="GET",
    path="/nodes/{id}",
    since=(1, 24),
    until=None,
    params=(Param("node_id", "id", "path", convert=_convert.resource_id),),
    returns=Returns("model", model="Node"),
    errors={404: "NotFound", 503: "APIError"},
    content_type="application/json",
)

inspect_plugin = Operation(
    id="PluginInspect",
    method="inspect_plugin",
    verb="GET",
    path="/plugins/{name}/json",
    since=(1, 25),
    until=None,
    params=(Param("name", "name", "path", accepts=(str,)),),
    returns=Returns("model", model="Plugin"),
    errors={404: "NotFound"},
    content_type="application/json",
)

inspect_secret = Operation(
    id="SecretInspect",
    method="inspect_secret",
    verb="GET",
    path="/secrets/{id}",
    since=(1, 25),
    until=None,
    params=(Param("id", "id", "path", convert=_convert.resource_id),),
    returns=Returns("model", model="Secret"),
    errors={404: "NotFound", 503: "APIError"},
    content_type="application/json",
)

inspect_swarm = Operation(
    id="SwarmInspect",
    method="inspect_swarm",
    verb="GET",
    path="/swarm",
    since=(1, 24),
    until=None,
    params=(),
    returns=Returns("model", model="Swarm"),
    errors={404: "NotFound"},
    content_type="application/json",
)

inspect_volume = Operation(
    id="VolumeInspect",
    method="inspect_volume",
    verb="GET",
    path="/volumes/{name}",
    since=(1, 24),
    until=None,
    params=(Param("name", "name", "path", accepts=(str,)),),
    returns=Returns("model", model="Volume"),
    errors={404: "NotFound"},
    content_type="application/json",
)

join_swarm = Operation(
    id="SwarmJoin",
    method="join_swarm",
    verb="POST",
    path="/swarm/join",
    since=(1, 24),
    until=None,
    params=(
        Param("listen_addr", "ListenAddr", "body-field", default="0.0.0.0:2377", accepts=(str,)),
        Param("advertise_addr", "AdvertiseAddr", "body-field", accepts=(str,)),
        Param("data_path_addr", "DataPathAddr", "body-field", since=(1, 30), accepts=(str,)),
        Param(
            "remote_addrs",
            "RemoteAddrs",
            "body-field",
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("join_token", "JoinToken", "body-field", accepts=(str,)),
    ),
    returns=Returns("bool"),
    errors={400: "APIError", 503: "APIError"},
    content_type="application/json",
)

kill = Operation(
    id="ContainerKill",
    method="kill",
    verb="POST",
    path="/containers/{id}/kill",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("signal", "signal", "query", convert=_convert.signal_name),
    ),
    returns=Returns("none"),
    errors={404: "NotFound", 409: "Conflict"},
    content_type="application/json",
)

load_image = Operation(
    id="ImageLoad",
    method="load_image",
    verb="POST",
    path="/images/load",
    since=(1, 24),
    until=None,
    params=(
        Param("quiet", "quiet", "query", accepts=(bool,)),
        Param(
            "platform",
            "platform",
            "query",
            since=(1, 48),
            accepts=(
                list,
                tuple,
            ),
            json=True,
        ),
        Param("data", "data", "body"),
        Param("stream", "stream", "control", default=True, accepts=(bool,)),
        Param("decode", "decode", "control", default=True, accepts=(bool,)),
    ),
    returns=Returns("json_progress", model="ProgressMessage"),
    content_type="application/x-tar",
)

login = Operation(
    id="SystemAuth",
    method="login",
    verb="POST",
    path="/auth",
    since=(1, 24),
    until=None,
    params=(
        Param("username", "username", "body-field", accepts=(str,)),
        Param("password", "password", "body-field", accepts=(str,)),
        Param("registry", "serveraddress", "body-field", accepts=(str,)),
        Param("email", "email", "body-field", since=(1, 25), until=(1, 52), accepts=(str,)),
        Param("reauth", "reauth", "control", default=False, accepts=(bool,)),
        Param("dockercfg_path", "dockercfg_path", "control", accepts=(str,)),
    ),
    returns=Returns("model", model="AuthResponse"),
    errors={401: "APIError"},
    content_type="application/json",
    hook=_adapters.remember_credentials,
)

logs = Operation(
    id="ContainerLogs",
    method="logs",
    verb="GET",
    path="/containers/{id}/logs",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("follow", "follow", "query", accepts=(bool,)),
        Param("stdout", "stdout", "query", default=True, accepts=(bool,)),
        Param("stderr", "stderr", "query", default=True, accepts=(bool,)),
        Param("since", "since", "query", convert=_convert.epoch_time),
        Param("until", "until", "query", since=(1, 35), convert=_convert.epoch_time),
        Param("timestamps", "timestamps", "query", default=False, accepts=(bool,)),
        Param(
            "tail",
            "tail",
            "query",
            default="all",
            accepts=(
                str,
                int,
            ),
        ),
        Param("stream", "stream", "control", default=False, accepts=(bool,)),
        Param("demux", "demux", "control", default=False, accepts=(bool,)),
        Param("is_tty", "is_tty", "control", accepts=(bool,)),
    ),
    returns=Returns("multiplexed", tty_probe=inspect_container, tty_field="Config.Tty"),
    errors={404: "NotFound"},
    content_type="application/json",
    prepare=_preparers.follow_when_streaming,
)

networks = Operation(
    id="NetworkList",
    method="networks",
    verb="GET",
    path="/networks",
    since=(1, 24),
    until=None,
    params=(
        Param("filters", "filters", "query", convert=_convert.filters_json, json=True),
        Param(
            "names",
            "name",
            "filter",
            accepts=(
                list,
                tuple,
            ),
        ),
        Param(
            "ids",
            "id",
            "filter",
            accepts=(
                list,
                tuple,
            ),
        ),
    ),
    returns=Returns("list", model="NetworkSummary"),
    content_type="application/json",
)

nodes = Operation(
    id="NodeList",
    method="nodes",
    verb="GET",
    path="/nodes",
    since=(1, 24),
    until=None,
    params=(Param("filters", "filters", "query", convert=_convert.filters_json, json=True),),
    returns=Returns("list", model="Node"),
    errors={503: "APIError"},
    content_type="application/json",
)

pause = Operation(
    id="ContainerPause",
    method="pause",
    verb="POST",
    path="/containers/{id}/pause",
    since=(1, 24),
    until=None,
    params=(Param("container", "id", "path", convert=_convert.resource_id),),
    returns=Returns("none"),
    errors={404: "NotFound"},
    content_type="application/json",
)

ping = Operation(
    id="SystemPing",
    method="ping",
    verb="GET",
    path="/_ping",
    since=(1, 24),
    until=None,
    params=(),
    returns=Returns("bool"),
    content_type="application/json",
    unversioned=True,
)

ping_head = Operation(
    id="SystemPingHead",
    method="ping_head",
    verb="HEAD",
    path="/_ping",
    since=(1, 40),
    until=None,
    params=(),
    returns=Returns("bool"),
    content_type="application/json",
    unversioned=True,
)

plugin_privileges = Operation(
    id="GetPluginPrivileges",
    method="plugin_privileges",
    verb="GET",
    path="/plugins/privileges",
    since=(1, 25),
    until=None,
    params=(
        Param("name", "remote", "query", since=(1, 27), accepts=(str,), version_alias=True),
        Param("name", "name", "query", since=(1, 25), until=(1, 27), accepts=(str,), version_alias=True),
        Param(
            "auth_config",
            "X-Registry-Auth",
            "header",
            accepts=(
                dict,
                WireModel,
            ),
            auth_from="name",
        ),
    ),
    returns=Returns("list", model="PluginPrivilege"),
    content_type="application/json",
)

plugins = Operation(
    id="PluginList",
    method="plugins",
    verb="GET",
    path="/plugins",
    since=(1, 24),
    until=None,
    params=(Param("filters", "filters", "query", since=(1, 28), convert=_convert.filters_json, json=True),),
    returns=Returns("list", model="Plugin"),
    content_type="application/json",
)

prune_builds = Operation(
    id="BuildPrune",
    method="prune_builds",
    verb="POST",
    path="/build/prune",
    since=(1, 31),
    until=None,
    params=(
        Param("reserved_space", "reserved-space", "query", since=(1, 48), convert=_convert.byte_size),
        Param("max_used_space", "max-used-space", "query", since=(1, 48), convert=_convert.byte_size),
        Param("min_free_space", "min-free-space", "query", since=(1, 48), convert=_convert.byte_size),
        Param("all", "all", "query", since=(1, 39), accepts=(bool,)),
        Param("filters", "filters", "query", since=(1, 39), convert=_convert.filters_json, json=True),
        Param(
            "keep_storage", "keep-storage", "query", since=(1, 39), until=(1, 52), convert=_convert.byte_size
        ),
    ),
    returns=Returns("model", model="BuildPruneResponse"),
    content_type="application/json",
)

prune_containers = Operation(
    id="ContainerPrune",
    method="prune_containers",
    verb="POST",
    path="/containers/prune",
    since=(1, 25),
    until=None,
    params=(Param("filters", "filters", "query", since=(1, 25), convert=_convert.filters_json, json=True),),
    returns=Returns("model", model="ContainerPruneResponse"),
    content_type="application/json",
)

prune_images = Operation(
    id="ImagePrune",
    method="prune_images",
    verb="POST",
    path="/images/prune",
    since=(1, 25),
    until=None,
    params=(Param("filters", "filters", "query", since=(1, 25), convert=_convert.filters_json, json=True),),
    returns=Returns("model", model="ImagePruneResponse"),
    content_type="application/json",
)

prune_networks = Operation(
    id="NetworkPrune",
    method="prune_networks",
    verb="POST",
    path="/networks/prune",
    since=(1, 25),
    until=None,
    params=(Param("filters", "filters", "query", since=(1, 25), convert=_convert.filters_json, json=True),),
    returns=Returns("model", model="NetworkPruneResponse"),
    content_type="application/json",
)

prune_volumes = Operation(
    id="VolumePrune",
    method="prune_volumes",
    verb="POST",
    path="/volumes/prune",
    since=(1, 25),
    until=None,
    params=(Param("filters", "filters", "query", since=(1, 25), convert=_convert.filters_json, json=True),),
    returns=Returns("model", model="VolumePruneResponse"),
    content_type="application/json",
)

pull = Operation(
    id="ImageCreate",
    method="pull",
    verb="POST",
    path="/images/create",
    since=(1, 24),
    until=None,
    params=(
        Param("repository", "fromImage", "query", accepts=(str,)),
        Param("tag", "tag", "query", accepts=(str,)),
        Param(
            "auth_config",
            "X-Registry-Auth",
            "header",
            accepts=(
                dict,
                WireModel,
            ),
            auth_from="fromImage",
        ),
        Param("platform", "platform", "query", since=(1, 32), accepts=(str,)),
        Param("data", "body", "body"),
        Param("stream", "stream", "control", default=False, accepts=(bool,)),
        Param("decode", "decode", "control", default=False, accepts=(bool,)),
        Param("all_tags", "all_tags", "control", default=False, accepts=(bool,)),
        Param(
            "insecure_registry",
            "insecure_registry",
            "control",
            until=(1, 24),
            default=False,
            accepts=(bool,),
            advice="configure insecure registries on the daemon (--insecure-registry)",
        ),
    ),
    returns=Returns("json_progress", model="ProgressMessage"),
    errors={404: "ImageNotFound"},
    content_type="text/plain",
    stream_timeout=True,
    prepare=_preparers.default_tag,
)

pull_plugin = Operation(
    id="PluginPull",
    method="pull_plugin",
    verb="POST",
    path="/plugins/pull",
    since=(1, 24),
    until=None,
    params=(
        Param("remote", "remote", "query", since=(1, 25), accepts=(str,)),
        Param("name", "name", "query", accepts=(str,)),
        Param(
            "auth_config",
            "X-Registry-Auth",
            "header",
            since=(1, 25),
            accepts=(
                dict,
                WireModel,
            ),
            auth_from="remote",
        ),
        Param("privileges", "body", "body"),
    ),
    returns=Returns("json_progress", model="ProgressMessage"),
    content_type="application/json",
)

push = Operation(
    id="ImagePush",
    method="push",
    verb="POST",
    path="/images/{name}/push",
    since=(1, 24),
    until=None,
    params=(
        Param("repository", "name", "path", accepts=(str,)),
        Param("tag", "tag", "query", accepts=(str,)),
        Param("platform", "platform", "query", since=(1, 46), convert=_convert.json_param, json=True),
        Param(
            "auth_config",
            "X-Registry-Auth",
            "header",
            accepts=(
                dict,
                WireModel,
            ),
            auth_from="name",
            auth_required=True,
        ),
        Param("stream", "stream", "control", default=False, accepts=(bool,)),
        Param("decode", "decode", "control", default=False, accepts=(bool,)),
        Param(
            "insecure_registry",
            "insecure_registry",
            "control",
            until=(1, 24),
            default=False,
            accepts=(bool,),
            advice="configure insecure registries on the daemon (--insecure-registry)",
        ),
    ),
    returns=Returns("json_progress", model="ProgressMessage"),
    errors={404: "ImageNotFound"},
    content_type="application/octet-stream",
)

push_plugin = Operation(
    id="PluginPush",
    method="push_plugin",
    verb="POST",
    path="/plugins/{name}/push",
    since=(1, 24),
    until=None,
    params=(
        Param("name", "name", "path", accepts=(str,)),
        Param(
            "auth_config",
            "X-Registry-Auth",
            "header",
            accepts=(
                dict,
                WireModel,
            ),
            auth_from="name",
        ),
    ),
    returns=Returns("json_progress", model="ProgressMessage"),
    errors={404: "NotFound"},
    content_type="application/json",
)

put_archive = Operation(
    id="PutContainerArchive",
    method="put_archive",
    verb="PUT",
    path="/containers/{id}/archive",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("path", "path", "query", accepts=(str,)),
        Param("no_overwrite_dir_non_dir", "noOverwriteDirNonDir", "query", accepts=(bool,)),
        Param("copy_uid_gid", "copyUIDGID", "query", since=(1, 30), accepts=(bool,)),
        Param("data", "data", "body"),
    ),
    returns=Returns("bool"),
    errors={404: "NotFound", 403: "APIError"},
    content_type="application/x-tar",
)

remove_config = Operation(
    id="ConfigDelete",
    method="remove_config",
    verb="DELETE",
    path="/configs/{id}",
    since=(1, 30),
    until=None,
    params=(Param("id", "id", "path", convert=_convert.resource_id),),
    returns=Returns("bool"),
    errors={404: "NotFound", 503: "APIError"},
    content_type="application/json",
)

remove_container = Operation(
    id="ContainerDelete",
    method="remove_container",
    verb="DELETE",
    path="/containers/{id}",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("v", "v", "query", default=False, accepts=(bool,)),
        Param("force", "force", "query", default=False, accepts=(bool,)),
        Param("link", "link", "query", since=(1, 27), default=False, accepts=(bool,)),
    ),
    returns=Returns("none"),
    errors={404: "NotFound", 409: "Conflict"},
    content_type="application/json",
)

remove_image = Operation(
    id="ImageDelete",
    method="remove_image",
    verb="DELETE",
    path="/images/{name}",
    since=(1, 24),
    until=None,
    params=(
        Param("image", "name", "path", convert=_convert.resource_id),
        Param("force", "force", "query", default=False, accepts=(bool,)),
        Param("noprune", "noprune", "query", default=False, accepts=(bool,)),
        Param(
            "platforms",
            "platforms",
            "query",
            since=(1, 50),
            accepts=(
                list,
                tuple,
            ),
            json=True,
        ),
    ),
    returns=Returns("list", model="ImageDeleteResponseItem"),
    errors={404: "ImageNotFound", 409: "Conflict"},
    content_type="application/json",
)

remove_network = Operation(
    id="NetworkDelete",
    method="remove_network",
    verb="DELETE",
    path="/networks/{id}",
    since=(1, 24),
    until=None,
    params=(Param("net_id", "id", "path", convert=_convert.resource_id),),
    returns=Returns("none"),
    errors={404: "NotFound"},
    content_type="application/json",
)

remove_node = Operation(
    id="NodeDelete",
    method="remove_node",
    verb="DELETE",
    path="/nodes/{id}",
    since=(1, 24),
    until=None,
    params=(
        Param("node_id", "id", "path", convert=_convert.resource_id),
        Param("force", "force", "query", default=False, accepts=(bool,)),
    ),
    returns=Returns("bool"),
    errors={404: "NotFound", 503: "APIError"},
    content_type="application/json",
)

remove_plugin = Operation(
    id="PluginDelete",
    method="remove_plugin",
    verb="DELETE",
    path="/plugins/{name}",
    since=(1, 24),
    until=None,
    params=(
        Param("name", "name", "path", accepts=(str,)),
        Param("force", "force", "query", since=(1, 25), default=False, accepts=(bool,)),
    ),
    returns=Returns("bool"),
    errors={404: "NotFound"},
    content_type="application/json",
)

remove_secret = Operation(
    id="SecretDelete",
    method="remove_secret",
    verb="DELETE",
    path="/secrets/{id}",
    since=(1, 25),
    until=None,
    params=(Param("id", "id", "path", convert=_convert.resource_id),),
    returns=Returns("bool"),
    errors={404: "NotFound", 503: "APIError"},
    content_type="application/json",
)

remove_service = Operation(
    id="ServiceDelete",
    method="remove_service",
    verb="DELETE",
    path="/services/{id}",
    since=(1, 24),
    until=None,
    params=(Param("service", "id", "path", convert=_convert.resource_id),),
    returns=Returns("bool"),
    errors={404: "NotFound", 503: "APIError"},
    content_type="application/json",
)

remove_volume = Operation(
    id="VolumeDelete",
    method="remove_volume",
    verb="DELETE",
    path="/volumes/{name}",
    since=(1, 24),
    until=None,
    params=(
        Param("name", "name", "path", accepts=(str,)),
        Param("force", "force", "query", since=(1, 25), default=False, accepts=(bool,)),
    ),
    returns=Returns("none"),
    errors={404: "NotFound", 409: "Conflict"},
    content_type="application/json",
)

rename = Operation(
    id="ContainerRename",
    method="rename",
    verb="POST",
    path="/containers/{id}/rename",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("name", "name", "query", accepts=(str,)),
    ),
    returns=Returns("none"),
    errors={404: "NotFound", 409: "Conflict"},
    content_type="application/json",
)

resize = Operation(
    id="ContainerResize",
    method="resize",
    verb="POST",
    path="/containers/{id}/resize",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("height", "h", "query", accepts=(int,)),
        Param("width", "w", "query", accepts=(int,)),
    ),
    returns=Returns("none"),
    errors={404: "NotFound"},
    content_type="application/octet-stream",
)

restart = Operation(
    id="ContainerRestart",
    method="restart",
    verb="POST",
    path="/containers/{id}/restart",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("signal", "signal", "query", since=(1, 42), convert=_convert.signal_name),
        Param("timeout", "t", "query", default=10, accepts=(int,)),
    ),
    returns=Returns("none"),
    errors={404: "NotFound"},
    content_type="application/json",
)

search = Operation(
    id="ImageSearch",
    method="search",
    verb="GET",
    path="/images/search",
    since=(1, 24),
    until=None,
    params=(
        Param("term", "term", "query", accepts=(str,)),
        Param("limit", "limit", "query", accepts=(int,)),
        Param("filters", "filters", "query", convert=_convert.filters_json, json=True),
    ),
    returns=Returns("list", model="ImageSearchResponseItem"),
    content_type="application/json",
)

secrets = Operation(
    id="SecretList",
    method="secrets",
    verb="GET",
    path="/secrets",
    since=(1, 25),
    until=None,
    params=(Param("filters", "filters", "query", since=(1, 25), convert=_convert.filters_json, json=True),),
    returns=Returns("list", model="Secret"),
    errors={503: "APIError"},
    content_type="application/json",
)

service_logs = Operation(
    id="ServiceLogs",
    method="service_logs",
    verb="GET",
    path="/services/{id}/logs",
    since=(1, 25),
    until=None,
    params=(
        Param("service", "id", "path", convert=_convert.resource_id),
        Param("details", "details", "query", since=(1, 25), default=False, accepts=(bool,)),
        Param("follow", "follow", "query", since=(1, 25), default=False, accepts=(bool,)),
        Param("stdout", "stdout", "query", since=(1, 25), default=False, accepts=(bool,)),
        Param("stderr", "stderr", "query", since=(1, 25), default=False, accepts=(bool,)),
        Param("since", "since", "query", since=(1, 25), default=0, convert=_convert.epoch_seconds),
        Param("timestamps", "timestamps", "query", since=(1, 25), default=False, accepts=(bool,)),
        Param(
            "tail",
            "tail",
            "query",
            since=(1, 25),
            default="all",
            accepts=(
                str,
                int,
            ),
        ),
        Param("is_tty", "is_tty", "control", accepts=(bool,)),
        Param("stream", "stream", "control", default=True, accepts=(bool,)),
    ),
    returns=Returns(
        "multiplexed", tty_probe=inspect_service, tty_field="Spec.TaskTemplate.ContainerSpec.TTY"
    ),
    errors={404: "NotFound", 503: "APIError"},
    content_type="application/json",
)

services = Operation(
    id="ServiceList",
    method="services",
    verb="GET",
    path="/services",
    since=(1, 24),
    until=None,
    params=(
        Param("filters", "filters", "query", convert=_convert.filters_json, json=True),
        Param("status", "status", "query", since=(1, 41), accepts=(bool,)),
    ),
    returns=Returns("list", model="Service"),
    errors={503: "APIError"},
    content_type="application/json",
)

session = Operation(
    id="Session",
    method="session",
    verb="POST",
    path="/session",
    since=(1, 31),
    until=None,
    params=(),
    returns=Returns("hijack", protocol="h2c"),
    content_type="application/json",
)

start = Operation(
    id="ContainerStart",
    method="start",
    verb="POST",
    path="/containers/{id}/start",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("detach_keys", "detachKeys", "query", accepts=(str,)),
        Param(
            "host_config",
            "host_config",
            "body",
            until=(1, 24),
            advice="pass host settings to create_container(host_config=create_host_config(...))",
        ),
    ),
    returns=Returns("none"),
    errors={304: "ok", 404: "NotFound"},
    content_type="application/json",
)

stats = Operation(
    id="ContainerStats",
    method="stats",
    verb="GET",
    path="/containers/{id}/stats",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("one_shot", "one-shot", "query", since=(1, 41), accepts=(bool,)),
        Param("decode", "decode", "control", accepts=(bool,)),
        Param("stream", "stream", "control", default=True, accepts=(bool,)),
    ),
    returns=Returns("json_lines", model="ContainerStatsResponse"),
    errors={404: "NotFound"},
    content_type="application/json",
    prepare=_preparers.stream_query,
)

stop = Operation(
    id="ContainerStop",
    method="stop",
    verb="POST",
    path="/containers/{id}/stop",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("signal", "signal", "query", since=(1, 42), convert=_convert.signal_name),
        Param("timeout", "t", "query", accepts=(int,)),
    ),
    returns=Returns("none"),
    errors={304: "ok", 404: "NotFound"},
    content_type="application/json",
)

swarm_leave = Operation(
    id="SwarmLeave",
    method="swarm_leave",
    verb="POST",
    path="/swarm/leave",
    since=(1, 24),
    until=None,
    params=(Param("force", "force", "query", default=False, accepts=(bool,)),),
    returns=Returns("bool"),
    errors={503: "APIError"},
    content_type="application/json",
)

swarm_update = Operation(
    id="SwarmUpdate",
    method="swarm_update",
    verb="POST",
    path="/swarm/update",
    since=(1, 24),
    until=None,
    params=(
        Param("version", "version", "query", accepts=(int,)),
        Param("rotate_worker_token", "rotateWorkerToken", "query", default=False, accepts=(bool,)),
        Param("rotate_manager_token", "rotateManagerToken", "query", default=False, accepts=(bool,)),
        Param(
            "rotate_manager_unlock_key",
            "rotateManagerUnlockKey",
            "query",
            since=(1, 25),
            default=False,
            accepts=(bool,),
        ),
        Param("swarm_spec", "body", "body", model="SwarmSpec"),
    ),
    returns=Returns("bool"),
    errors={400: "APIError", 503: "APIError"},
    content_type="application/json",
)

tag = Operation(
    id="ImageTag",
    method="tag",
    verb="POST",
    path="/images/{name}/tag",
    since=(1, 24),
    until=None,
    params=(
        Param("image", "name", "path", convert=_convert.resource_id),
        Param("repository", "repo", "query", accepts=(str,)),
        Param("tag", "tag", "query", accepts=(str,)),
        Param("force", "force", "control", default=False, accepts=(bool,)),
    ),
    returns=Returns("bool"),
    errors={404: "ImageNotFound", 409: "Conflict"},
    content_type="application/json",
)

task_logs = Operation(
    id="TaskLogs",
    method="task_logs",
    verb="GET",
    path="/tasks/{id}/logs",
    since=(1, 29),
    until=None,
    params=(
        Param("task", "id", "path", convert=_convert.resource_id),
        Param("details", "details", "query", since=(1, 29), default=False, accepts=(bool,)),
        Param("follow", "follow", "query", since=(1, 29), default=False, accepts=(bool,)),
        Param("stdout", "stdout", "query", since=(1, 29), default=False, accepts=(bool,)),
        Param("stderr", "stderr", "query", since=(1, 29), default=False, accepts=(bool,)),
        Param("since", "since", "query", since=(1, 29), default=0, convert=_convert.epoch_seconds),
        Param("timestamps", "timestamps", "query", since=(1, 29), default=False, accepts=(bool,)),
        Param(
            "tail",
            "tail",
            "query",
            since=(1, 29),
            default="all",
            accepts=(
                str,
                int,
            ),
        ),
        Param("is_tty", "is_tty", "control", accepts=(bool,)),
        Param("stream", "stream", "control", default=True, accepts=(bool,)),
    ),
    returns=Returns("multiplexed", tty_probe=inspect_task, tty_field="Spec.ContainerSpec.TTY"),
    errors={404: "NotFound", 503: "APIError"},
    content_type="application/json",
)

tasks = Operation(
    id="TaskList",
    method="tasks",
    verb="GET",
    path="/tasks",
    since=(1, 24),
    until=None,
    params=(Param("filters", "filters", "query", convert=_convert.filters_json, json=True),),
    returns=Returns("list", model="Task"),
    errors={503: "APIError"},
    content_type="application/json",
)

top = Operation(
    id="ContainerTop",
    method="top",
    verb="GET",
    path="/containers/{id}/top",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("ps_args", "ps_args", "query", accepts=(str,)),
    ),
    returns=Returns("model", model="ContainerTopResponse"),
    errors={404: "NotFound"},
    content_type="application/json",
)

unlock_swarm = Operation(
    id="SwarmUnlock",
    method="unlock_swarm",
    verb="POST",
    path="/swarm/unlock",
    since=(1, 25),
    until=None,
    params=(Param("key", "UnlockKey", "body-field", since=(1, 25), convert=_convert.unlock_key),),
    returns=Returns("bool"),
    errors={503: "APIError"},
    content_type="application/json",
)

unpause = Operation(
    id="ContainerUnpause",
    method="unpause",
    verb="POST",
    path="/containers/{id}/unpause",
    since=(1, 24),
    until=None,
    params=(Param("container", "id", "path", convert=_convert.resource_id),),
    returns=Returns("none"),
    errors={404: "NotFound"},
    content_type="application/json",
)

update_config = Operation(
    id="ConfigUpdate",
    method="update_config",
    verb="POST",
    path="/configs/{id}/update",
    since=(1, 30),
    until=None,
    params=(
        Param("id", "id", "path", convert=_convert.resource_id),
        Param("version", "version", "query", since=(1, 30), accepts=(int,)),
        Param("spec", "body", "body", model="ConfigSpec"),
    ),
    returns=Returns("none"),
    errors={404: "NotFound", 400: "APIError", 503: "APIError"},
    content_type="application/json",
)

update_container = Operation(
    id="ContainerUpdate",
    method="update_container",
    verb="POST",
    path="/containers/{id}/update",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("cpu_shares", "CpuShares", "body-field", accepts=(int,)),
        Param("mem_limit", "Memory", "body-field", convert=_convert.byte_size),
        Param("cgroup_parent", "CgroupParent", "body-field", since=(1, 25), accepts=(str,)),
        Param("blkio_weight", "BlkioWeight", "body-field", accepts=(int,)),
        Param(
            "blkio_weight_device",
            "BlkioWeightDevice",
            "body-field",
            since=(1, 55),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param(
            "blkio_device_read_bps",
            "BlkioDeviceReadBps",
            "body-field",
            since=(1, 55),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param(
            "blkio_device_write_bps",
            "BlkioDeviceWriteBps",
            "body-field",
            since=(1, 55),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param(
            "blkio_device_read_iops",
            "BlkioDeviceReadIOps",
            "body-field",
            since=(1, 55),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param(
            "blkio_device_write_iops",
            "BlkioDeviceWriteIOps",
            "body-field",
            since=(1, 55),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("cpu_period", "CpuPeriod", "body-field", accepts=(int,)),
        Param("cpu_quota", "CpuQuota", "body-field", accepts=(int,)),
        Param("cpu_realtime_period", "CpuRealtimePeriod", "body-field", since=(1, 25), accepts=(int,)),
        Param("cpu_realtime_runtime", "CpuRealtimeRuntime", "body-field", since=(1, 25), accepts=(int,)),
        Param("cpuset_cpus", "CpusetCpus", "body-field", accepts=(str,)),
        Param("cpuset_mems", "CpusetMems", "body-field", accepts=(str,)),
        Param(
            "devices",
            "Devices",
            "body-field",
            since=(1, 25),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param(
            "device_cgroup_rules",
            "DeviceCgroupRules",
            "body-field",
            since=(1, 28),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param(
            "device_requests",
            "DeviceRequests",
            "body-field",
            since=(1, 40),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("mem_reservation", "MemoryReservation", "body-field", convert=_convert.byte_size),
        Param("memswap_limit", "MemorySwap", "body-field", convert=_convert.byte_size),
        Param("memory_swappiness", "MemorySwappiness", "body-field", since=(1, 25), accepts=(int,)),
        Param("nano_cpus", "NanoCpus", "body-field", since=(1, 28), accepts=(int,)),
        Param("oom_kill_disable", "OomKillDisable", "body-field", since=(1, 25), accepts=(bool,)),
        Param("init", "Init", "body-field", since=(1, 37), accepts=(bool,)),
        Param("pids_limit", "PidsLimit", "body-field", since=(1, 40), accepts=(int,)),
        Param(
            "ulimits",
            "Ulimits",
            "body-field",
            since=(1, 25),
            accepts=(
                list,
                tuple,
            ),
        ),
        Param("cpu_count", "CpuCount", "body-field", since=(1, 25), accepts=(int,)),
        Param("cpu_percent", "CpuPercent", "body-field", since=(1, 25), accepts=(int,)),
        Param("io_maximum_iops", "IOMaximumIOps", "body-field", since=(1, 25), accepts=(int,)),
        Param("io_maximum_bandwidth", "IOMaximumBandwidth", "body-field", since=(1, 25), accepts=(int,)),
        Param(
            "restart_policy",
            "RestartPolicy",
            "body-field",
            convert=_convert.restart_policy,
            model="RestartPolicy",
        ),
        Param("disk_quota", "DiskQuota", "body-field", since=(1, 25), until=(1, 40), accepts=(int,)),
        Param(
            "kernel_memory",
            "KernelMemory",
            "body-field",
            since=(1, 36),
            until=(1, 42),
            convert=_convert.byte_size,
        ),
        Param(
            "kernel_memory_tcp", "KernelMemoryTCP", "body-field", since=(1, 40), until=(1, 52), accepts=(int,)
        ),
    ),
    returns=Returns("model", model="ContainerUpdateResponse"),
    errors={404: "NotFound"},
    content_type="application/json",
)

update_node = Operation(
    id="NodeUpdate",
    method="update_node",
    verb="POST",
    path="/nodes/{id}/update",
    since=(1, 24),
    until=None,
    params=(
        Param("node_id", "id", "path", convert=_convert.resource_id),
        Param("version", "version", "query", accepts=(int,)),
        Param("node_spec", "body", "body", model="NodeSpec"),
    ),
    returns=Returns("bool"),
    errors={404: "NotFound", 400: "APIError", 503: "APIError"},
    content_type="application/json",
)

update_secret = Operation(
    id="SecretUpdate",
    method="update_secret",
    verb="POST",
    path="/secrets/{id}/update",
    since=(1, 26),
    until=None,
    params=(
        Param("id", "id", "path", convert=_convert.resource_id),
        Param("version", "version", "query", since=(1, 26), accepts=(int,)),
        Param("spec", "body", "body", model="SecretSpec"),
    ),
    returns=Returns("none"),
    errors={404: "NotFound", 400: "APIError", 503: "APIError"},
    content_type="application/json",
)

update_service_spec = Operation(
    id="ServiceUpdate",
    method="update_service_spec",
    verb="POST",
    path="/services/{id}/update",
    since=(1, 24),
    until=None,
    params=(
        Param("service", "id", "path", convert=_convert.resource_id),
        Param("version", "version", "query", accepts=(int,)),
        Param("registry_auth_from", "registryAuthFrom", "query", since=(1, 25), accepts=(str,)),
        Param("rollback", "rollback", "query", since=(1, 28), accepts=(str,)),
        Param(
            "auth_config",
            "X-Registry-Auth",
            "header",
            accepts=(
                dict,
                WireModel,
            ),
        ),
        Param("name", "Name", "body-field", accepts=(str,)),
        Param("labels", "Labels", "body-field", convert=_convert.labels_map),
        Param(
            "task_template",
            "TaskTemplate",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
            model="TaskSpec",
        ),
        Param("mode", "Mode", "body-field", convert=_convert.service_mode, model="ServiceSpecMode"),
        Param(
            "update_config",
            "UpdateConfig",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
            model="ServiceSpecUpdateConfig",
        ),
        Param(
            "rollback_config",
            "RollbackConfig",
            "body-field",
            since=(1, 28),
            accepts=(
                dict,
                WireModel,
            ),
            model="ServiceSpecRollbackConfig",
        ),
        Param(
            "endpoint_spec",
            "EndpointSpec",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
            model="EndpointSpec",
        ),
        Param(
            "endpoint_config",
            "EndpointSpec",
            "body-field",
            accepts=(
                dict,
                WireModel,
            ),
        ),
        Param("networks", "TaskTemplate.Networks", "body-field", convert=_convert.network_attachments),
    ),
    returns=Returns("model", model="ServiceUpdateResponse"),
    errors={404: "NotFound", 400: "APIError", 503: "APIError"},
    content_type="application/json",
)

update_volume = Operation(
    id="VolumeUpdate",
    method="update_volume",
    verb="PUT",
    path="/volumes/{name}",
    since=(1, 42),
    until=None,
    params=(
        Param("name", "name", "path", accepts=(str,)),
        Param("version", "version", "query", since=(1, 42), accepts=(int,)),
        Param(
            "spec",
            "Spec",
            "body-field",
            since=(1, 42),
            accepts=(
                dict,
                WireModel,
            ),
            model="ClusterVolumeSpec",
        ),
    ),
    returns=Returns("none"),
    errors={404: "NotFound"},
    content_type="application/json",
)

upgrade_plugin = Operation(
    id="PluginUpgrade",
    method="upgrade_plugin",
    verb="POST",
    path="/plugins/{name}/upgrade",
    since=(1, 26),
    until=None,
    params=(
        Param("name", "name", "path", accepts=(str,)),
        Param("remote", "remote", "query", since=(1, 26), accepts=(str,)),
        Param(
            "auth_config",
            "X-Registry-Auth",
            "header",
            since=(1, 26),
            accepts=(
                dict,
                WireModel,
            ),
            auth_from="remote",
        ),
        Param("privileges", "body", "body"),
    ),
    returns=Returns("json_progress", model="ProgressMessage"),
    errors={404: "NotFound"},
    content_type="application/json",
)

version = Operation(
    id="SystemVersion",
    method="version",
    verb="GET",
    path="/version",
    since=(1, 24),
    until=None,
    params=(Param("api_version", "api_version", "control", default=True, accepts=(bool,)),),
    returns=Returns("model", model="SystemVersion"),
    content_type="application/json",
)

volumes = Operation(
    id="VolumeList",
    method="volumes",
    verb="GET",
    path="/volumes",
    since=(1, 24),
    until=None,
    params=(Param("filters", "filters", "query", convert=_convert.filters_json, json=True),),
    returns=Returns("model", model="VolumeListResponse"),
    content_type="application/json",
)

wait = Operation(
    id="ContainerWait",
    method="wait",
    verb="POST",
    path="/containers/{id}/wait",
    since=(1, 24),
    until=None,
    params=(
        Param("container", "id", "path", convert=_convert.resource_id),
        Param("condition", "condition", "query", since=(1, 30), accepts=(str,)),
        Param(
            "timeout",
            "timeout",
            "control",
            accepts=(
                float,
                int,
            ),
        ),
    ),
    returns=Returns("json", adapter=_adapters.exit_status),
    errors={404: "NotFound"},
    content_type="application/json",
    stream_timeout=True,
)
