"""The hand-written core every generated method calls.

`BaseClient` holds what does no I/O: connection settings, the negotiated API version, the gate
check, turning a method's arguments into a request, and turning a response into the method's result.
`SyncAPIClient` and `AsyncAPIClient` add the I/O. The core knows no endpoint: each call brings an
`Operation` built from the catalog.
"""

from __future__ import annotations

import base64
import copy
import importlib
import json
import os
import re
import struct
import threading
from collections.abc import AsyncIterator, Generator, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from urllib.parse import parse_qsl, quote, urlencode

from . import _errors
from ._auth import AuthConfig, CredentialStore, encode_header, split_repository, split_tag
from ._connection import Endpoint, TLSConfig, parse_host
from ._errors import APIError, DockerException, InvalidArgument, InvalidVersion, ProtocolError
from ._operation import (
    BODY,
    BODY_FIELD,
    CONTROL,
    FILTER,
    HEADER,
    HELPER,
    PATH,
    QUERY,
    Operation,
    Param,
    Version,
    format_version,
    parse_version,
    within,
)
from ._results import (
    AsyncHijackedSocket,
    AsyncJSONStream,
    AsyncOutputStream,
    AsyncRawStream,
    HijackedSocket,
    JSONStream,
    OutputStream,
    RawStream,
    collect_progress,
)
from ._version import MIN_API_VERSION, NEWEST_API_VERSION
from ._wire import WireModel, to_wire

if TYPE_CHECKING:
    import httpx  # imported at run time only off the unix/TCP fast path (TLS, ssh, custom transports)

__all__ = ["BaseClient", "SyncAPIClient", "AsyncAPIClient", "Call", "DEFAULT_TIMEOUT"]

DEFAULT_TIMEOUT = 60.0
_USER_AGENT = "dockerapi/0.1"
_T = TypeVar("_T")

# The API version from which a daemon names framed output `multiplexed-stream` (moby 1.42 changelog), so
# that `raw-stream` means TTY output; below it `raw-stream` is sent for both and only the probe can tell.
_CONTENT_TYPE_TELLS_TTY_SINCE: Version = (1, 42)

# Streams and waits run as long as the daemon keeps them open: no read timeout unless asked.
_FLAG = (bool,)  # the runtime check of a bool parameter
_STREAMING_KINDS = frozenset({"json_progress", "json_lines", "multiplexed", "raw_stream", "tar_with_stat", "hijack"})


class Call:
    """A step of a composite method: call `method` of the client with these arguments."""

    __slots__ = ("method", "args", "kwargs")

    def __init__(self, method: str, *args: Any, **kwargs: Any) -> None:
        self.method = method
        self.args = args
        self.kwargs = kwargs


class _Prepared:
    __slots__ = ("verb", "url", "headers", "content", "controls", "timeout", "args")

    def __init__(self) -> None:
        self.verb = "GET"
        self.url = ""
        self.headers: dict[str, str] = {}
        self.content: Any = None
        self.controls: dict[str, Any] = {}
        self.timeout: Any = None
        self.args: dict[str, Any] = {}


# "/v1.41" per negotiated version; a path segment or query value matching _unreserved is sent as is
_PREFIXES: dict[Version, str] = {}
_unreserved = re.compile(r"[A-Za-z0-9_.~-]+").fullmatch

_model_module: Any = None
_adapters: dict[str, Any] = {}


def resolve_model(name: str) -> Any:
    """The generated model class called `name`; the models module is imported on first need."""
    global _model_module
    if _model_module is None:
        _model_module = importlib.import_module("dockerapi.models")
    return getattr(_model_module, name)


async def _load_models_off_loop() -> None:
    """Import the models module (pydantic and ~400 classes, ~0.35 s) in a worker thread, not on the loop."""
    global _model_module
    import asyncio

    module = await asyncio.to_thread(importlib.import_module, "dockerapi.models")
    if _model_module is None:
        _model_module = module


def _list_adapter(name: str) -> Any:
    adapter = _adapters.get(name)
    if adapter is None:
        from pydantic import TypeAdapter

        # The model class is known only at run time, so `list[model]` is a run-time value, not a type
        # expression a checker can read: typed Any, it satisfies every pydantic's TypeAdapter signature
        # (2.6 takes `type[T] | Any`, 2.14 a `TypeForm[T]`) with no ignore that one of them would flag.
        list_of_model: Any = list.__class_getitem__(resolve_model(name))
        adapter = _adapters[name] = TypeAdapter(list_of_model)
    return adapter


class _ReadUnbounded:
    """`httpx.Timeout(timeout, read=None)` for a plain number or None, without importing httpx."""

    __slots__ = ("timeout",)

    def __init__(self, timeout: float | None) -> None:
        self.timeout = timeout

    def as_dict(self) -> dict[str, float | None]:
        timeout = self.timeout
        return {"connect": timeout, "read": None, "write": timeout, "pool": timeout}


def _read_unbounded(timeout: Any) -> Any:
    if timeout is None or isinstance(timeout, (int, float)):
        return _ReadUnbounded(timeout)
    import httpx

    return httpx.Timeout(timeout, read=None)


def _limits(timeout: Any) -> dict[str, float | None]:
    """What `httpx.Timeout(timeout).as_dict()` gives."""
    as_dict = getattr(timeout, "as_dict", None)
    if as_dict is not None:  # an httpx.Timeout or a _ReadUnbounded
        return as_dict()  # type: ignore[no-any-return]
    if timeout is None or isinstance(timeout, (int, float)):
        return {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}
    import httpx

    return httpx.Timeout(timeout).as_dict()


def _type_names(accepts: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in accepts)


class BaseClient:
    """Settings and request building shared by `Client` and `AsyncClient`. Does no I/O."""

    # True for `dockerapi.classic`: results are the daemon's JSON as plain dicts and lists, unvalidated
    _plain_results: ClassVar[bool] = False

    def __init__(
        self,
        base_url: str | None = None,
        version: str | None = "auto",
        timeout: float | None = DEFAULT_TIMEOUT,
        tls: bool | TLSConfig = False,
        *,
        user_agent: str = _USER_AGENT,
        credentials: CredentialStore | None = None,
        max_connections: int | None = None,
        transport: Any = None,
    ) -> None:
        """Connect to a Docker daemon (lazily: nothing is sent before the first call).

        Args:
            base_url: Where the daemon listens: `unix:///var/run/docker.sock`, `tcp://host:2375`,
                `https://host:2376` (TLS), `ssh://user@host` (runs the system `ssh` with
                `docker system dial-stdio`), `host:port`, or an absolute socket path. Default:
                `$DOCKER_HOST`, else `unix:///var/run/docker.sock`. `dockerapi.from_env()` also reads
                the TLS variables and docker contexts.
            version: The Engine API version to speak: `"auto"` (the default) or `None` negotiates it
                with the daemon on the first call (the daemon's version, at most the newest this
                package knows); a string such as `"1.41"` pins it, and calls or keywords newer than
                it raise `InvalidVersion` before sending. Older than 1.24 raises `InvalidVersion`.
            timeout: Seconds to wait for the daemon, per request (connect, send, and each read),
                60 by default; `None` waits forever. Streams wait for their next item without limit.
                A single call can override it with `request_timeout=`.
            tls: `True` for TLS with the system's trust store, or a `TLSConfig` (client certificate,
                CA, hostname check). `https://` addresses use TLS without it.
            user_agent: The User-Agent header sent with every request.
            credentials: The registry credentials to use (a `CredentialStore`); by default they are
                read from `~/.docker/config.json` (and its credential helpers) when first needed.
            max_connections: How many connections to keep open for reuse (10 for `Client`, 100 for
                `AsyncClient` by default); over TLS and ssh also the most open at once.
            transport: An httpx transport to send requests through instead of the built-in ones
                (for instance `httpx.MockTransport` in tests).

        Raises:
            InvalidArgument: `base_url` is not a Docker host address this package can reach.
            InvalidVersion: `version` is older than the oldest supported API version.
        """
        if base_url is None:
            base_url = os.environ.get("DOCKER_HOST") or None
        self._endpoint: Endpoint = parse_host(base_url, tls=bool(tls))
        self._tls = tls if isinstance(tls, TLSConfig) else None
        self.base_url: str = self._endpoint.base_url
        self.timeout = timeout
        self._user_agent = user_agent
        self._credentials = credentials
        self._credentials_loaded = credentials is not None
        self._max_connections = max_connections
        self._custom_transport = transport  # an httpx transport to use instead (tests: httpx.MockTransport)
        self._version_lock = threading.Lock()
        if version is None or version == "auto":
            self._api_version: Version | None = None
        else:
            pinned = parse_version(version)
            if pinned < MIN_API_VERSION:
                raise InvalidVersion(
                    f"API version {version} is older than the oldest this client supports "
                    f"({format_version(MIN_API_VERSION)})"
                )
            self._api_version = pinned
        self._headers = {"User-Agent": user_agent, "Accept-Encoding": "identity"}
        extensions: dict[str, Any] = {}
        if self._tls is not None and isinstance(self._tls.assert_hostname, str):
            extensions["sni_hostname"] = self._tls.assert_hostname
        self._extensions = extensions
        self._open()

    def _open(self) -> None:
        """Set up the I/O half (the sync and async clients differ only there)."""
        raise NotImplementedError

    # --- versions --------------------------------------------------------------------------------
    def _adopt_server_version(self, server: str | None, server_min: str | None = None) -> Version:
        if not server:
            # A daemon too old to send Api-Version on /_ping: assume the oldest supported version.
            return MIN_API_VERSION
        version = min(parse_version(server), NEWEST_API_VERSION)
        if version < MIN_API_VERSION:
            raise InvalidVersion(
                f"the daemon speaks API {server}; this client needs at least {format_version(MIN_API_VERSION)}"
            )
        return version

    @property
    def negotiated_version(self) -> str | None:
        """The API version in use, or None while neither pinned nor negotiated yet (no request is made)."""
        return format_version(self._api_version) if self._api_version is not None else None

    @property
    def newest_api_version(self) -> str:
        return format_version(NEWEST_API_VERSION)

    # --- credentials -----------------------------------------------------------------------------
    @property
    def credentials(self) -> CredentialStore:
        if not self._credentials_loaded:
            self._credentials = CredentialStore.load()
            self._credentials_loaded = True
        assert self._credentials is not None
        return self._credentials

    def reload_config(self, dockercfg_path: str | None = None) -> None:
        """Read the Docker config file again (credentials and proxies), from `dockercfg_path` or the default
        places; what `login()` remembered is dropped with the old settings, as in docker-py."""
        self._credentials = CredentialStore.load(dockercfg_path)
        self._credentials_loaded = True

    def _auth_header_for(self, image: Any) -> str | None:
        if not isinstance(image, str) or not image:
            return None
        registry, _ = split_repository(split_tag(image)[0])
        auth = self.credentials.resolve(registry)
        return encode_header(auth) if auth is not None else None

    # --- building a request ------------------------------------------------------------------------
    def _gate(self, op: Operation, version: Version) -> None:
        if not within(version, op.since, op.until):
            raise InvalidVersion(
                f"{op.method}() needs API {self._range(op.since, op.until)}; "
                f"this client uses API {format_version(version)}"
            )

    @staticmethod
    def _range(since: Version | None, until: Version | None) -> str:
        if until is not None and until <= MIN_API_VERSION:
            return f"< {format_version(until)} (no version this client supports)"
        if until is None:
            return f">= {format_version(since or MIN_API_VERSION)}"
        if since is None or since <= MIN_API_VERSION:
            return f"< {format_version(until)}"
        return f">= {format_version(since)} and < {format_version(until)}"

    def _param_gate(self, op: Operation, param: Param, version: Version) -> None:
        if not within(version, param.since, param.until):
            message = (
                f"{op.method}(): parameter '{param.name}' needs API {self._range(param.since, param.until)}; "
                f"this client uses API {format_version(version)}"
            )
            if param.advice:
                message += f". {param.advice}"
            raise InvalidVersion(message)

    def _check_body_gates(self, op: Operation, param: Param, model_name: str, value: Any,
                          version: Version, where: str) -> None:
        """Refuse a field of a nested body model that the API version in use does not have."""
        model = resolve_model(model_name)
        gates = model.__gates__
        nested = getattr(model, "__wire_models__", {})
        if isinstance(value, WireModel):
            value = value.to_wire()
        if not isinstance(value, Mapping):
            return
        for key, item in value.items():
            if item is None:
                continue
            gate = gates.get(key)
            if gate is not None:
                since, until = gate
                if not within(version, since, until):
                    raise InvalidVersion(
                        f"{op.method}(): '{where}.{key}' (in '{param.name}') needs API {self._range(since, until)}; "
                        f"this client uses API {format_version(version)}"
                    )
            child = nested.get(key)
            if child is not None:
                if isinstance(item, list):
                    for element in item:
                        self._check_body_gates(op, param, child, element, version, f"{where}.{key}")
                elif isinstance(item, (Mapping, WireModel)):
                    self._check_body_gates(op, param, child, item, version, f"{where}.{key}")

    def _prepare(self, op: Operation, args: dict[str, Any], version: Version) -> _Prepared:
        self._gate(op, version)
        for setter in op.setters:
            if args.get(setter.name):
                args = {**args, **(setter.sets or {})}
        prepared = _Prepared()
        prepared.verb = op.verb
        prepared.args = args
        path_values: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        headers = prepared.headers
        body: dict[str, Any] | None = None
        raw_body: Any = None
        filters: dict[str, Any] | None = None
        helper_calls: dict[str, tuple[Any, dict[str, Any]]] | None = None
        for param in op.params:
            if param.constant:
                value = param.value
            else:
                value = args.get(param.name)
                if value is None:
                    if param.location == PATH:
                        raise InvalidArgument(f"{op.method}(): '{param.name}' is required")
                    if param.empty is not None:
                        raw_body = copy.deepcopy(param.empty)
                    if param.auth_from is not None:
                        auth = self._auth_header_for(args.get(param.auth_from) or _param_value(op, args, param.auth_from))
                        if auth is not None:
                            headers[param.wire] = auth
                    continue
                if param.accepts == _FLAG and not isinstance(value, bool):
                    value = bool(value)  # a flag takes any value by its truth, as docker-py does (stream=0)
                if param.accepts and not isinstance(value, param.accepts):
                    raise InvalidArgument(
                        f"{op.method}(): '{param.name}' must be {_type_names(param.accepts)}, "
                        f"not {type(value).__name__}"
                    )
                if param.since is not None or param.until is not None:
                    if param.version_alias:
                        if not within(version, param.since, param.until):
                            continue  # another wire name carries this keyword at this version
                    elif not (param.default is not None and value == param.default):
                        self._param_gate(op, param, version)
                if param.location == CONTROL:
                    prepared.controls[param.name] = value
                    continue
                if not param.send_default and value == param.default:
                    continue
                if param.convert is not None:
                    value = param.convert(value)
                    if value is None:
                        continue
            location = param.location
            if location == PATH:
                text = str(value)
                if not text:
                    raise InvalidArgument(f"{op.method}(): '{param.name}' must not be empty")
                path_values[param.wire] = text if _unreserved(text) else quote(text, safe="")
            elif location == QUERY:
                if param.json and not isinstance(value, str):
                    query.append((param.wire, json.dumps(to_wire(value), separators=(",", ":"))))
                elif isinstance(value, bool):
                    query.append((param.wire, "1" if value else "0"))
                elif isinstance(value, (list, tuple)):
                    query.extend((param.wire, str(item)) for item in value)
                else:
                    query.append((param.wire, str(value)))
            elif location == HEADER:
                if param.wire.lower() == "x-registry-auth" and not isinstance(value, str):
                    value = encode_header(value if isinstance(value, AuthConfig) else dict(value))
                headers[param.wire] = str(value)
            elif location == BODY_FIELD:
                if param.model is not None:
                    self._check_body_gates(op, param, param.model, value, version, param.wire)
                if body is None:
                    body = {}
                _put(body, param.wire, to_wire(value))
            elif location == FILTER:
                if filters is None:
                    filters = {}
                filters[param.wire] = [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
            elif location == HELPER:
                if helper_calls is None:
                    helper_calls = {}
                helper_calls.setdefault(param.wire, (param.helper, {}))[1][param.name] = value
            elif location == BODY:
                if param.model is not None:
                    self._check_body_gates(op, param, param.model, value, version, param.name)
                raw_body = value
        if helper_calls:
            for wire, (helper, keywords) in helper_calls.items():
                if body is None:
                    body = {}
                _put(body, wire, to_wire(helper(**keywords, version=format_version(version))))
        if filters:
            _merge_filters(query, filters)
        if op.prepare is not None:
            # a preparer sees the JSON body built so far when there is no raw body, and may amend it
            raw_body = op.prepare(self, prepared, raw_body if raw_body is not None else body, query, headers)
        path = op.path
        if path_values:
            path = path.format_map(path_values)
        prefix = _PREFIXES.get(version)
        if prefix is None:
            prefix = _PREFIXES[version] = f"/v{format_version(version)}"
        url = prefix + path
        if query:
            # names and values made of unreserved characters (ids, numbers, 0/1) need no encoding
            if all(_unreserved(key) and _unreserved(value) for key, value in query):
                url = f"{url}?{'&'.join([f'{key}={value}' for key, value in query])}"
            else:
                url = f"{url}?{urlencode(query)}"
        prepared.url = url
        if raw_body is not None:
            if isinstance(raw_body, (dict, list, WireModel)):
                prepared.content = json.dumps(to_wire(raw_body)).encode()
                headers.setdefault("Content-Type", "application/json")
            else:
                prepared.content = raw_body
                if op.content_type:
                    headers.setdefault("Content-Type", op.content_type)
        elif body is not None:
            prepared.content = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        elif op.content_type == "application/json" and op.verb == "POST":
            pass
        # the read deadline (README, "Timeouts, cancellation and errors"): this call's own timeout, else the
        # client's for every wait for bytes, except on a follow stream and a wait the caller bounds itself
        timeout = prepared.controls.pop("timeout", None) if "timeout" in prepared.controls else None
        if timeout is None:
            timeout = args.get("request_timeout")
        if timeout is None:
            unbounded = op.stream_timeout or _follows(op, prepared.controls, query)
            prepared.timeout = _read_unbounded(self.timeout) if unbounded else self.timeout
        else:
            prepared.timeout = timeout
        extra = args.get("extra_headers")
        if extra:
            headers.update(extra)
        return prepared

    # --- responses ---------------------------------------------------------------------------------
    def _raise_for_status(self, op: Operation, prepared: _Prepared, response: httpx.Response, body: bytes) -> bool:
        """Raise the error the status stands for; True when the status is a success."""
        status = response.status_code
        if status < 300 or status == 101:
            return True
        mapped = op.errors.get(status)
        if mapped == "ok":
            return False
        explanation = _explanation(body, response)
        if mapped is not None:
            error_class = getattr(_errors, mapped, APIError)
        elif status == 404:
            error_class = _errors.NotFound
        elif status == 409:
            error_class = _errors.Conflict
        elif status == 304:
            error_class = _errors.NotModified
        else:
            error_class = APIError
        raise error_class(
            explanation, status_code=status, method=prepared.verb, url=prepared.url
        )

    def _shape(self, op: Operation, prepared: _Prepared, response: httpx.Response, body: bytes) -> Any:
        returns = op.returns
        kind = returns.kind
        if kind == "none":
            result: Any = None
        elif kind == "bool":
            result = True
        elif kind == "text":
            result = body.decode("utf-8", errors="replace")
        elif kind == "bytes":
            result = body
        elif kind == "model":
            assert returns.model is not None
            if not body.strip():
                result = None
            elif self._plain_results:
                result = json.loads(body)
            else:
                result = resolve_model(returns.model).model_validate_json(body)
        elif kind == "list":
            assert returns.model is not None
            if self._plain_results:
                result = json.loads(body) if body.strip() else []  # a `null` answer stays None, as sent
            elif not body.strip() or body.strip() == b"null":
                result = []  # e.g. diff() of an unchanged container: the daemon answers null
            else:
                result = _list_adapter(returns.model).validate_json(body)
        elif kind == "scalar":
            document = json.loads(body) if body.strip() else {}
            result = document.get(returns.pick, returns.pick_default) if isinstance(document, dict) else document
            if result is None:
                result = returns.pick_default
        elif kind == "json":
            result = json.loads(body) if body.strip() else None
        elif kind == "stat":
            result = _decode_stat(response.headers.get(returns.stat_header or ""))
        else:
            raise DockerException(f"return shape '{kind}' is not a plain body")
        if returns.adapter is not None:
            result = returns.adapter(result, prepared.args)
        if op.hook is not None:
            op.hook(self, result, prepared.args)
        return result

    def _tty_from_probe(self, op: Operation, probe: Operation, prepared: _Prepared, response: httpx.Response,
                        body: bytes) -> bool:
        """Whether the probe's answer (an inspect) says TTY; its errors raise as the probe's own call would."""
        if not self._raise_for_status(probe, prepared, response, body) or not body.strip():
            return False
        return self._tty_from_inspect(op, json.loads(body))

    def _probe_call(self, op: Operation, prepared: _Prepared) -> tuple[Operation, dict[str, Any]]:
        probe = op.returns.tty_probe
        assert probe is not None  # the catalog requires tty_probe with live_field
        target = next(p for p in op.params if p.location == PATH)
        value = prepared.args.get(target.name)
        return probe, {p.name: value for p in probe.params if p.location == PATH}

    def _apply_probe(self, op: Operation, prepared: _Prepared, probe: Operation, probe_prepared: _Prepared,
                     answer: Any, body: bytes) -> None:
        """A probe made before the call (`live_field`): it says TTY, and whether the output can still grow.

        When it cannot (the container has exited), `stream=0` is sent: the daemon then sends the backlog
        and ends the answer, where with `stream=1` it would hold it open for good.
        """
        if not self._raise_for_status(probe, probe_prepared, answer, body) or not body.strip():
            return
        try:
            document = json.loads(body)
        except ValueError as exc:
            raise _unreadable(probe, probe_prepared, exc) from exc
        prepared.controls["is_tty"] = self._tty_from_inspect(op, document)
        live: Any = document
        for key in (op.returns.live_field or "").split("."):
            live = live.get(key) if isinstance(live, Mapping) else None
        if live is False:
            path, _, query = prepared.url.partition("?")
            pairs = [(k, "0" if k == "stream" else v) for k, v in parse_qsl(query, keep_blank_values=True)]
            prepared.url = f"{path}?{urlencode(pairs)}"

    def _hijack_timeout(self, prepared: _Prepared) -> Any:
        timeout = prepared.timeout
        return self.timeout if isinstance(timeout, _ReadUnbounded) else timeout

    def _tty_decision(self, op: Operation, prepared: _Prepared, response: Any
                      ) -> tuple[bool | None, tuple[Operation, dict[str, Any]] | None]:
        """Raw (TTY) or framed output, as far as it can be told without asking the daemon.

        Returns the answer (None: read it off the first bytes), or the probe call that must be made.
        """
        known = prepared.controls.get("is_tty")  # the caller knows: no need to ask the daemon
        if known is not None:
            return bool(known), None
        if op.returns.tty_from == "sniff":  # engines disagree on who decides: read it off the first bytes
            return None, None
        content_type = response.headers.get("Content-Type", "")
        if "multiplexed-stream" in content_type:
            return False, None
        if ("raw-stream" in content_type and (prepared.verb == "GET" or op.returns.tty_probe is None)
                and (self._api_version or MIN_API_VERSION) >= _CONTENT_TYPE_TELLS_TTY_SINCE):
            # a hijacking POST (attach, exec start) answers raw-stream without an upgrade whatever the TTY;
            # before API 1.42 raw-stream is also the type of framed output (Docker 28 pinned to 1.41)
            return True, None
        probe = op.returns.tty_probe
        target = next((p for p in op.params if p.location == PATH), None)
        if probe is None or target is None:
            return False, None
        value = prepared.args.get(target.name)
        return False, (probe, {p.name: value for p in probe.params if p.location == PATH})

    def _tty_from_inspect(self, op: Operation, document: Any) -> bool:
        """The TTY flag at the catalog's `tty_field` path (`Config.Tty`, ...) of the probe's answer."""
        value = to_wire(document)
        for key in (op.returns.tty_field or "").split("."):
            if not isinstance(value, Mapping):
                return False
            value = value.get(key)
        return bool(value)


def _follows(op: Operation, controls: Mapping[str, Any], query: list[tuple[str, str]]) -> bool:
    """Whether the answer is a live feed the daemon keeps open until something happens (no read deadline).

    Container output and JSON lines follow when the request's own flag says so (`follow=1`, `stream=1`);
    without such a flag, when the caller takes the result as a stream (events; exec output with
    stream=True). Archives, progress streams and collected results always have the deadline.
    """
    kind = op.returns.kind
    if kind not in ("multiplexed", "json_lines"):
        return False
    flags = [value for key, value in query if key in ("follow", "stream")]
    if flags:
        return any(value in ("1", "true", "True") for value in flags)
    return bool(controls.get("stream", True))


# what reading a malformed answer raises (pydantic's ValidationError and JSON/Unicode errors are ValueErrors)
_UNREADABLE = (ValueError, KeyError, IndexError, struct.error)


def _unreadable(op: Operation, prepared: _Prepared, exc: BaseException) -> DockerException:
    if isinstance(exc, DockerException):  # InvalidArgument is a TypeError, never a ValueError; to be sure
        return exc
    return ProtocolError(f"{op.method}(): the answer to {prepared.verb} {prepared.url} cannot be read: "
                         f"{type(exc).__name__}: {str(exc)[:300]}")


def _plain_json(op: Operation) -> bool:
    """Whether `op` answers one JSON document that nothing rewrites (a model or JSON result, no adapter or hook)."""
    return op.returns.kind in ("model", "json") and op.returns.adapter is None and op.hook is None


def _param_value(op: Operation, args: dict[str, Any], wire: str) -> Any:
    for param in op.params:
        if param.wire == wire:
            return param.value if param.constant else args.get(param.name)
    return None


def _upgrade_headers(op: Operation, prepared: _Prepared) -> tuple[dict[str, str], str | None]:
    """The headers that ask the daemon to hand the connection over: raw tcp, or a WebSocket handshake."""
    headers = dict(prepared.headers)
    if op.returns.protocol == "websocket":
        from ._websocket import handshake_headers

        upgrade, key = handshake_headers()
        headers.update(upgrade)
        return headers, key
    headers["Connection"] = "Upgrade"
    headers["Upgrade"] = op.returns.protocol or "tcp"  # attach and exec take raw tcp; BuildKit's session h2c
    return headers, None


def _merge_filters(query: list[tuple[str, str]], extra: dict[str, Any]) -> None:
    """Add keys to the JSON `filters` query parameter (the classic API's `since=`, `name=`, ...)."""
    for index, (key, text) in enumerate(query):
        if key == "filters":
            merged = json.loads(text) if text else {}
            merged.update(extra)
            query[index] = ("filters", json.dumps(merged, separators=(",", ":")))
            return
    query.append(("filters", json.dumps(extra, separators=(",", ":"))))


def _put(body: dict[str, Any], dotted: str, value: Any) -> None:
    keys = dotted.split(".")
    target = body
    for key in keys[:-1]:
        target = target.setdefault(key, {})
    target[keys[-1]] = value


def _explanation(body: bytes, response: httpx.Response) -> str:
    text = body.decode("utf-8", errors="replace").strip()
    if text.startswith("{"):
        try:
            document = json.loads(text)
        except ValueError:
            return text
        if isinstance(document, dict) and document.get("message"):
            return str(document["message"])
    return text or response.reason_phrase


def _decode_stat(header: str | None) -> dict[str, Any] | None:
    if not header:
        return None
    return json.loads(base64.b64decode(header))  # type: ignore[no-any-return]


class SyncAPIClient(BaseClient):
    """The blocking I/O half of the core."""

    def _open(self) -> None:
        self._transport: Any = self._custom_transport or self._default_transport()
        self._timeouts: dict[Any, dict[str, float | None]] = {}
        from ._http11 import SocketTransport

        self._direct = self._transport if isinstance(self._transport, SocketTransport) else None

    def _default_transport(self) -> Any:
        endpoint = self._endpoint
        if endpoint.plain_socket:
            from ._http11 import SocketTransport

            return SocketTransport(path=endpoint.path if endpoint.scheme == "unix" else None,
                                   host=endpoint.host, port=endpoint.port, address=str(endpoint),
                                   max_idle=self._max_connections or 10, default_headers=self._headers)
        from ._transports import make_transport

        return make_transport(endpoint, self._tls, self._max_connections or 10)

    def _send(self, verb: str, url: str, headers: Mapping[str, str], content: Any, timeout: Any) -> Any:
        """One exchange, straight through the transport: the client needs no cookies, redirects or auth.

        The unix/TCP fast path answers with `_http11.Response` (httpx.Response's reading surface), others
        with an `httpx.Response`.
        """
        limits: dict[str, float | None] | None
        if isinstance(timeout, (int, float)) or timeout is None:
            limits = self._timeouts.get(timeout)
            if limits is None:
                limits = self._timeouts[timeout] = _limits(timeout)
        else:
            limits = _limits(timeout)
        if self._direct is not None:  # the fast path builds no httpx.Request (URL parsing costs ~40 us)
            return self._direct.send(verb, url, headers, content, limits)
        import httpx

        request = httpx.Request(verb, self.base_url + url, headers={**self._headers, **headers}, content=content,
                                extensions={"timeout": limits, **self._extensions})
        response = self._transport.handle_request(request)
        response.request = request
        return response

    # --- lifecycle ---------------------------------------------------------------------------------
    def close(self) -> None:
        self._transport.close()

    def __enter__(self: _T) -> _T:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    # --- versions ----------------------------------------------------------------------------------
    @property
    def api_version(self) -> str:
        """The API version in use: pinned, or negotiated with the daemon on first use."""
        return format_version(self._version())

    def negotiate(self) -> str:
        """Ask the daemon which API version to use (once; a pinned version needs no request)."""
        return format_version(self._version())

    def _version(self) -> Version:
        version = self._api_version
        if version is None:
            with self._version_lock:
                if self._api_version is None:
                    response = self._send("GET", "/_ping", {}, None, self.timeout)
                    body = response.read()
                    response.close()
                    if response.status_code >= 400:
                        raise APIError(_explanation(body, response), status_code=response.status_code,
                                       method="GET", url="/_ping")
                    self._api_version = self._adopt_server_version(response.headers.get("Api-Version"))
                version = self._api_version
        return version

    # --- calls -------------------------------------------------------------------------------------
    def _call(self, op: Operation, args: dict[str, Any]) -> Any:
        version = self._version()
        prepared = self._prepare(op, args, version)
        kind = op.returns.kind
        controls = prepared.controls
        if kind == "hijack" or (kind == "multiplexed" and controls.get("socket")):
            return self._hijack(op, prepared, version)
        if op.returns.live_field is not None and controls.get("is_tty") is None:
            probe, probe_args = self._probe_call(op, prepared)
            probe_prepared = self._prepare(probe, probe_args, version)
            answer = self._send(probe_prepared.verb, probe_prepared.url, probe_prepared.headers,
                                probe_prepared.content, probe_prepared.timeout)
            try:
                body = answer.read()
            finally:
                answer.close()
            self._apply_probe(op, prepared, probe, probe_prepared, answer, body)
        streaming = kind in _STREAMING_KINDS and kind != "hijack"
        response = self._send(prepared.verb, prepared.url, prepared.headers, prepared.content, prepared.timeout)
        try:
            if response.status_code >= 300 and response.status_code != 101:
                body = response.read()
                if not self._raise_for_status(op, prepared, response, body):
                    return None if kind != "bool" else True
            if not streaming:
                body = response.read()
                return self._shape(op, prepared, response, body)
            return self._stream_result(op, prepared, response, version)
        except _UNREADABLE as exc:
            response.close()
            raise _unreadable(op, prepared, exc) from exc
        except BaseException:
            response.close()
            raise
        finally:
            if not streaming:
                response.close()

    def _stream_result(self, op: Operation, prepared: _Prepared, response: httpx.Response, version: Version) -> Any:
        kind = op.returns.kind
        controls = prepared.controls
        stream = bool(controls.get("stream", False))
        decode = bool(controls.get("decode", False))
        if kind in ("json_progress", "json_lines"):
            documents: JSONStream[Any] = JSONStream(response, decode=decode)
            if stream:
                return documents
            if kind == "json_lines":
                with documents:
                    first = next(iter(documents), None)
                if first is None:
                    return None
                return first if decode else json.loads(first)
            return collect_progress(documents, decode=decode)
        if op.returns.raw_if and prepared.args.get(op.returns.raw_if):
            body = response.read()  # e.g. a detached exec: no output stream to parse
            response.close()
            return body
        if kind == "multiplexed":
            tty = self._is_tty(op, prepared, response)
            output: OutputStream[Any] = OutputStream(response, framed=None if tty is None else not tty, demux=bool(controls.get("demux")))
            if stream:
                return output
            return output.collect()
        if kind == "raw_stream":
            return RawStream(response)
        if kind == "tar_with_stat":
            stat = _decode_stat(response.headers.get(op.returns.stat_header or ""))
            return RawStream(response), stat
        raise DockerException(f"unknown stream shape {kind}")

    def _is_tty(self, op: Operation, prepared: _Prepared, response: httpx.Response) -> bool | None:
        decided, probe_call = self._tty_decision(op, prepared, response)
        if probe_call is None:
            return decided
        probe, probe_args = probe_call
        if not _plain_json(probe):
            return self._tty_from_inspect(op, self._call(probe, probe_args))
        # the probe's answer is read as plain JSON, not as its typed model: a log stream needs no pydantic
        probe_prepared = self._prepare(probe, probe_args, self._version())
        answer = self._send(probe_prepared.verb, probe_prepared.url, probe_prepared.headers,
                            probe_prepared.content, probe_prepared.timeout)
        try:
            body = answer.read()
        finally:
            answer.close()
        return self._tty_from_probe(op, probe, probe_prepared, answer, body)

    def _hijack(self, op: Operation, prepared: _Prepared, version: Version) -> Any:
        headers, key = _upgrade_headers(op, prepared)
        # the wait for the upgrade has the deadline; after it the socket is the caller's (settimeout)
        response = self._send(prepared.verb, prepared.url, headers, prepared.content, self._hijack_timeout(prepared))
        if response.status_code >= 300 and response.status_code != 101:
            body = response.read()
            response.close()
            self._raise_for_status(op, prepared, response, body)
        if key is not None:
            from ._websocket import WebSocketStream, check_accept

            check_accept(key, response.headers.get("Sec-WebSocket-Accept"))
            response.extensions["network_stream"] = WebSocketStream(response.extensions["network_stream"])
        return HijackedSocket(response)

    def _run(self, plan: Generator[Call, Any, _T]) -> _T:
        """Drive a composite method: each `Call` it yields is made on this client."""
        try:
            call = next(plan)
            while True:
                try:
                    result = getattr(self, call.method)(*call.args, **call.kwargs)
                except DockerException as exc:
                    call = plan.throw(exc)
                else:
                    call = plan.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


class AsyncAPIClient(BaseClient):
    """The asyncio half of the core: the same calls, awaited."""

    def _open(self) -> None:
        self._transport: Any = self._custom_transport or self._default_transport()
        self._timeouts: dict[Any, dict[str, float | None]] = {}
        self._async_version_lock: Any = None
        from ._http11 import AsyncSocketTransport

        self._direct = self._transport if isinstance(self._transport, AsyncSocketTransport) else None

    def _default_transport(self) -> Any:
        endpoint = self._endpoint
        if endpoint.plain_socket:
            from ._http11 import AsyncSocketTransport

            return AsyncSocketTransport(path=endpoint.path if endpoint.scheme == "unix" else None,
                                        host=endpoint.host, port=endpoint.port, address=str(endpoint),
                                        max_idle=self._max_connections or 100, default_headers=self._headers)
        from ._transports import make_async_transport

        return make_async_transport(endpoint, self._tls, self._max_connections or 100)

    async def _send(self, verb: str, url: str, headers: Mapping[str, str], content: Any,
                    timeout: Any) -> Any:
        """One exchange; the unix/TCP fast path answers with `_http11.AsyncResponse` and imports no httpx."""
        limits: dict[str, float | None] | None
        if isinstance(timeout, (int, float)) or timeout is None:
            limits = self._timeouts.get(timeout)
            if limits is None:
                limits = self._timeouts[timeout] = _limits(timeout)
        else:
            limits = _limits(timeout)
        if self._direct is not None:
            return await self._direct.send(verb, url, headers, content, limits)
        import httpx

        request = httpx.Request(verb, self.base_url + url, headers={**self._headers, **headers}, content=content,
                                extensions={"timeout": limits, **self._extensions})
        response: httpx.Response = await self._transport.handle_async_request(request)
        response.request = request
        return response

    async def close(self) -> None:
        await self._transport.aclose()

    async def __aenter__(self: _T) -> _T:
        # negotiate on entry, so that `api_version` (a property, which cannot await) answers inside the block
        # as the sync client's does; a daemon that cannot be reached fails here rather than at the first call
        await self.negotiate()  # type: ignore[attr-defined]
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()

    @property
    def api_version(self) -> str:
        """The API version in use: pinned, or negotiated on entering `async with` (or by `await negotiate()`,
        or the first call). Before that, unlike the sync client's, it cannot ask the daemon and raises."""
        if self._api_version is None:
            raise DockerException("the API version is not negotiated yet: use `async with AsyncClient()` or "
                                  "await client.negotiate() first")
        return format_version(self._api_version)

    async def negotiate(self) -> str:
        """Ask the daemon which API version to use (once; a pinned version needs no request)."""
        return format_version(await self._version())

    async def _version(self) -> Version:
        if self._api_version is None:
            import asyncio

            if self._async_version_lock is None:
                self._async_version_lock = asyncio.Lock()
            async with self._async_version_lock:
                if self._api_version is None:
                    response = await self._send("GET", "/_ping", {}, None, self.timeout)
                    body = await response.aread()
                    await response.aclose()
                    if response.status_code >= 400:
                        raise APIError(_explanation(body, response), status_code=response.status_code,
                                       method="GET", url="/_ping")
                    self._api_version = self._adopt_server_version(response.headers.get("Api-Version"))
        return self._api_version

    async def _call(self, op: Operation, args: dict[str, Any]) -> Any:
        if _model_module is None and (op.returns.model is not None or any(p.model for p in op.params)):
            await _load_models_off_loop()
        version = await self._version()
        prepared = self._prepare(op, args, version)
        kind = op.returns.kind
        controls = prepared.controls
        if kind == "hijack" or (kind == "multiplexed" and controls.get("socket")):
            return await self._hijack(op, prepared)
        if op.returns.live_field is not None and controls.get("is_tty") is None:
            probe, probe_args = self._probe_call(op, prepared)
            probe_prepared = self._prepare(probe, probe_args, version)
            answer = await self._send(probe_prepared.verb, probe_prepared.url, probe_prepared.headers,
                                      probe_prepared.content, probe_prepared.timeout)
            try:
                body = await answer.aread()
            finally:
                await answer.aclose()
            self._apply_probe(op, prepared, probe, probe_prepared, answer, body)
        streaming = kind in _STREAMING_KINDS
        content = prepared.content
        if content is not None and not isinstance(content, (bytes, str)) and isinstance(content, Iterable):
            content = _aiter_sync(content)
        response = await self._send(prepared.verb, prepared.url, prepared.headers, content, prepared.timeout)
        try:
            if response.status_code >= 300 and response.status_code != 101:
                body = await response.aread()
                if not self._raise_for_status(op, prepared, response, body):
                    return None if kind != "bool" else True
            if not streaming:
                body = await response.aread()
                return self._shape(op, prepared, response, body)
            return await self._stream_result(op, prepared, response)
        except _UNREADABLE as exc:
            await response.aclose()
            raise _unreadable(op, prepared, exc) from exc
        except BaseException:
            await response.aclose()
            raise
        finally:
            if not streaming:
                await response.aclose()

    async def _stream_result(self, op: Operation, prepared: _Prepared, response: httpx.Response) -> Any:
        kind = op.returns.kind
        controls = prepared.controls
        stream = bool(controls.get("stream", False))
        decode = bool(controls.get("decode", False))
        if kind in ("json_progress", "json_lines"):
            documents: AsyncJSONStream[Any] = AsyncJSONStream(response, decode=decode)
            if stream:
                return documents
            if kind == "json_lines":
                first = None
                async with documents:
                    async for item in documents:
                        first = item
                        break
                if first is None:
                    return None
                return first if decode else json.loads(first)
            return await documents.collect_progress()
        if op.returns.raw_if and prepared.args.get(op.returns.raw_if):
            body = await response.aread()
            await response.aclose()
            return body
        if kind == "multiplexed":
            tty = await self._is_tty(op, prepared, response)
            output: AsyncOutputStream[Any] = AsyncOutputStream(response, framed=None if tty is None else not tty, demux=bool(controls.get("demux")))
            if stream:
                return output
            return await output.collect()
        if kind == "raw_stream":
            return AsyncRawStream(response)
        if kind == "tar_with_stat":
            stat = _decode_stat(response.headers.get(op.returns.stat_header or ""))
            return AsyncRawStream(response), stat
        raise DockerException(f"unknown stream shape {kind}")

    async def _is_tty(self, op: Operation, prepared: _Prepared, response: httpx.Response) -> bool | None:
        decided, probe_call = self._tty_decision(op, prepared, response)
        if probe_call is None:
            return decided
        probe, probe_args = probe_call
        if not _plain_json(probe):
            return self._tty_from_inspect(op, await self._call(probe, probe_args))
        probe_prepared = self._prepare(probe, probe_args, await self._version())
        answer = await self._send(probe_prepared.verb, probe_prepared.url, probe_prepared.headers,
                                  probe_prepared.content, probe_prepared.timeout)
        try:
            body = await answer.aread()
        finally:
            await answer.aclose()
        return self._tty_from_probe(op, probe, probe_prepared, answer, body)

    async def _hijack(self, op: Operation, prepared: _Prepared) -> Any:
        headers, key = _upgrade_headers(op, prepared)
        response = await self._send(prepared.verb, prepared.url, headers, prepared.content,
                                    self._hijack_timeout(prepared))
        if response.status_code >= 300 and response.status_code != 101:
            body = await response.aread()
            await response.aclose()
            self._raise_for_status(op, prepared, response, body)
        if key is not None:
            from ._websocket import AsyncWebSocketStream, check_accept

            check_accept(key, response.headers.get("Sec-WebSocket-Accept"))
            response.extensions["network_stream"] = AsyncWebSocketStream(response.extensions["network_stream"])
        return AsyncHijackedSocket(response)

    async def _run(self, plan: Generator[Call, Any, _T]) -> _T:
        try:
            call = next(plan)
            while True:
                try:
                    result = await getattr(self, call.method)(*call.args, **call.kwargs)
                except DockerException as exc:
                    call = plan.throw(exc)
                else:
                    call = plan.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


async def _aiter_sync(chunks: Iterable[Any]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk if isinstance(chunk, bytes) else str(chunk).encode()
