"""Named request preparers the catalog refers to (`prepare:`): bodies that need more than one field.

A preparer gets the client, the prepared call (its `args` and `controls`), the body so far, the query
list and the headers; it returns the body to send.
"""

from __future__ import annotations

import json
from typing import Any

from ._auth import encode_registry_config, split_tag
from ._convert import byte_size
from ._errors import InvalidArgument

__all__ = [
    "attach_defaults",
    "create_defaults",
    "attach_body_defaults",
    "stream_query",
    "follow_when_streaming",
    "build_context",
    "default_tag",
    "plugin_data_dir",
    "address_pool_pair",
]

_REMOTE_PREFIXES = ("http://", "https://", "git://", "git@", "github.com/")
_BYTE_LIMITS = {"memory", "memswap"}


def _replace_query(query: list[tuple[str, str]], key: str, value: str) -> None:
    query[:] = [(k, v) for k, v in query if k != key]
    query.append((key, value))


def build_context(
    client: Any, prepared: Any, body: Any, query: list[tuple[str, str]], headers: dict[str, str]
) -> Any:
    """The build context: a directory streamed as tar, a lone Dockerfile, a ready tar, or a remote URL."""
    controls = prepared.controls
    path = controls.get("path")
    fileobj = controls.get("fileobj")
    if path is None and fileobj is None:
        raise InvalidArgument("build() needs `path` or `fileobj`")
    for key, value in (controls.get("container_limits") or {}).items():
        query.append((key, str(byte_size(value) if key in _BYTE_LIMITS else value)))
    if path is not None and str(path).startswith(_REMOTE_PREFIXES):
        query.append(("remote", str(path)))
        body = None
    elif controls.get("custom_context"):
        if fileobj is None:
            raise InvalidArgument("build(custom_context=True) needs `fileobj`: a tar of the context")
        body = fileobj
        if controls.get("encoding"):
            headers["Content-Encoding"] = str(controls["encoding"])
    elif fileobj is not None:
        from ._build_context import tar_single_dockerfile  # tarfile and .dockerignore: only builds need them

        body = tar_single_dockerfile(fileobj)
    else:
        from ._build_context import tar_directory

        gzip = bool(controls.get("gzip"))
        dockerfile = prepared.args.get("dockerfile")
        body, dockerfile_in_tar = tar_directory(str(path), dockerfile=dockerfile, gzip=gzip)
        if dockerfile_in_tar is not None and dockerfile_in_tar != dockerfile:
            _replace_query(query, "dockerfile", dockerfile_in_tar)
        if gzip:
            headers["Content-Encoding"] = "gzip"
    headers["Content-Type"] = "application/x-tar"
    if controls.get("use_config_proxy", True):
        proxies = _proxy_environment(client)
        if proxies:
            given = next((json.loads(value) for key, value in query if key == "buildargs"), None) or {}
            _replace_query(query, "buildargs", json.dumps({**proxies, **given}))
    if "X-Registry-Config" not in headers:
        auths = client.credentials.all_auths()
        if auths:
            headers["X-Registry-Config"] = encode_registry_config(auths)
    return body


def default_tag(
    client: Any, prepared: Any, body: Any, query: list[tuple[str, str]], headers: dict[str, str]
) -> Any:
    """Pull `latest` when no tag is named: an empty tag would make the daemon pull every tag."""
    if prepared.controls.get("all_tags") or any(key == "tag" for key, _ in query):
        return body
    image = next((value for key, value in query if key == "fromImage"), "")
    _name, tag = split_tag(image)
    if tag is None and "@" not in image:
        query.append(("tag", "latest"))
    return body


def plugin_data_dir(
    client: Any, prepared: Any, body: Any, query: list[tuple[str, str]], headers: dict[str, str]
) -> Any:
    """A plugin's directory (config.json and rootfs/) streamed as the tar `POST /plugins/create` reads."""
    import os

    path = prepared.args.get("plugin_data_dir")
    if not isinstance(path, str) or not os.path.isdir(path):
        raise InvalidArgument(f"create_plugin(): plugin_data_dir must be a directory, got {path!r}")
    if not os.path.isfile(os.path.join(path, "config.json")):
        raise InvalidArgument(f"create_plugin(): {path} has no config.json")
    from ._build_context import tar_directory

    gzip = bool(prepared.controls.get("gzip"))
    chunks, _dockerfile = tar_directory(path, gzip=gzip)
    if gzip:
        headers["Content-Encoding"] = "gzip"
    headers["Content-Type"] = "application/x-tar"
    return chunks


def attach_defaults(
    client: Any, prepared: Any, body: Any, query: list[tuple[str, str]], headers: dict[str, str]
) -> Any:
    """`create_container(detach=False)`: attach stdout and stderr, and with `stdin_open` stdin once,
    as `docker run` without `-d` does. Values the caller gave explicitly are kept."""
    if prepared.controls.get("detach"):
        return body
    return _attach(dict(body or {}))


def create_defaults(
    client: Any, prepared: Any, body: Any, query: list[tuple[str, str]], headers: dict[str, str]
) -> Any:
    """`create_container`: the attach defaults above, and with `use_config_proxy` (the default) the proxy
    settings of the client config put in front of the environment, so the caller's own values win."""
    body = attach_defaults(client, prepared, body, query, headers)
    if prepared.controls.get("use_config_proxy", True):
        proxies = _proxy_environment(client)
        if proxies:
            body["Env"] = [f"{key}={value}" for key, value in proxies.items()] + list(body.get("Env") or [])
    return body


def _proxy_environment(client: Any) -> dict[str, str]:
    return client.credentials.proxy_environment(str(client._endpoint))  # type: ignore[no-any-return]


def attach_body_defaults(values: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """The same for a body built by `create_container_config(..., detach=False)`."""
    return body if values.get("detach") else _attach(body)


def _attach(body: dict[str, Any]) -> dict[str, Any]:
    body.setdefault("AttachStdout", True)
    body.setdefault("AttachStderr", True)
    if body.get("OpenStdin"):
        body.setdefault("AttachStdin", True)
        body.setdefault("StdinOnce", True)
    return body


def follow_when_streaming(
    client: Any, prepared: Any, body: Any, query: list[tuple[str, str]], headers: dict[str, str]
) -> Any:
    """`logs(stream=True)` follows the output unless `follow` is given, as the classic API did."""
    if prepared.args.get("follow") is None and prepared.controls.get("stream"):
        _replace_query(query, "follow", "1")
    return body


def stream_query(
    client: Any, prepared: Any, body: Any, query: list[tuple[str, str]], headers: dict[str, str]
) -> Any:
    """The Python `stream` choice is also the daemon's `stream` query flag (one sample, or a live stream).

    `one-shot` (a single sample without the priming one) means nothing for a live stream: the daemon
    answers 400, so the client says so before sending.
    """
    streaming = bool(prepared.controls.get("stream"))
    if streaming and ("one-shot", "1") in query:
        raise InvalidArgument("one_shot=True needs stream=False: a live stream has no one-shot sample")
    _replace_query(query, "stream", "1" if streaming else "0")
    return body


# The daemon's own defaults for a swarm's address pools (`docker swarm init` without flags): it reads
# DefaultAddrPool and SubnetSize only together, so a half given alone is completed with these.
_DEFAULT_ADDR_POOL = ["10.0.0.0/8"]
_DEFAULT_SUBNET_SIZE = 24


def address_pool_pair(
    client: Any, prepared: Any, body: Any, query: list[tuple[str, str]], headers: dict[str, str]
) -> Any:
    """`init_swarm(default_addr_pool=...)` or `(subnet_size=...)` alone: send the other half at its default."""
    if body is None or ("DefaultAddrPool" not in body and "SubnetSize" not in body):
        return body
    body.setdefault("DefaultAddrPool", list(_DEFAULT_ADDR_POOL))
    body.setdefault("SubnetSize", _DEFAULT_SUBNET_SIZE)
    return body

