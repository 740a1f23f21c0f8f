"""From a method's arguments to the request to send: pure, no I/O.

`build_request()` checks the gates (the operation's, each keyword's, each nested body field's) against the
API version in use, converts and places every argument (path, query, header, JSON body, filters, helper
keywords), runs the operation's preparer, and picks the read deadline. Everything it knows about an
endpoint comes from the `Operation` it is handed.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from ._auth import AuthConfig, encode_header
from ._errors import InvalidArgument
from ._model_lookup import resolve_model
from ._operation import (
    BODY,
    BODY_FIELD,
    CONTROL,
    FILTER,
    HEADER,
    HELPER,
    PATH,
    QUERY,
    Gate,
    Operation,
    Param,
    Version,
    format_version,
)
from ._wire import WireModel, to_wire

__all__ = ["PreparedRequest", "build_request", "checked_timeout", "timeout_limits", "hijack_timeout", "upgrade_headers",
           "send_backlog_only"]

_FLAG = (bool,)  # the runtime check of a bool parameter
# "/v1.41" per version; a path segment or query value matching _unreserved is sent as is
_PREFIXES: dict[Version, str] = {}
_unreserved = re.compile(r"[A-Za-z0-9_.~-]+").fullmatch


class PreparedRequest:
    """What to send (verb, URL, headers, body), with the read deadline and the arguments that are not sent."""

    __slots__ = ("verb", "url", "headers", "content", "controls", "timeout", "args")

    def __init__(self, verb: str, args: dict[str, Any]) -> None:
        self.verb = verb
        self.url = ""
        self.headers: dict[str, str] = {}
        self.content: Any = None
        self.controls: dict[str, Any] = {}  # the CONTROL keywords: stream=, decode=, demux=, ...
        self.timeout: Any = None
        self.args = args  # the caller's keywords, after `sets`


def build_request(client: Any, op: Operation, args: dict[str, Any], version: Version) -> PreparedRequest:
    """The request for `op` called with `args` at API `version`; `client` gives the credentials, its timeout
    and is handed to the operation's preparer. Raises InvalidVersion/InvalidArgument before anything is sent."""
    op.gate.check(version, f"{op.method}()")
    for setter in op.setters:
        if args.get(setter.name):
            args = {**args, **(setter.sets or {})}
    prepared = PreparedRequest(op.verb, args)
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
            if value is None and param.config_default is not None:
                value = client.credentials.setting(param.config_default)
            if value is None:
                if param.location == PATH:
                    raise InvalidArgument(f"{op.method}(): '{param.name}' is required")
                if param.empty is not None:
                    raw_body = copy.deepcopy(param.empty)
                if param.auth_from is not None:
                    image = args.get(param.auth_from) or _param_value(op, args, param.auth_from)
                    auth = client._auth_header_for(image)
                    if auth is None and param.auth_required:
                        auth = encode_header({})  # the daemon needs the header; it then says why it refuses
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
            if (param.since is not None or param.until is not None) and not param.gate.admits(version):
                if param.version_alias:
                    continue  # another wire name carries this keyword at this version
                if param.implied is not None and value == param.implied and param.until is not None and (
                        version >= param.until):
                    continue  # what the daemon does anyway from `until` on (CheckDuplicate: it always refuses)
                if param.default is None or value != param.default:
                    param.gate.check(version, f"{op.method}(): parameter '{param.name}'", param.advice)
                elif param.location != CONTROL:
                    continue  # the default of a parameter this version lacks: the caller set nothing
            if param.location == CONTROL:
                prepared.controls[param.name] = value
                continue
            if not param.send_default and value == param.default:
                continue
            if param.convert is not None:
                try:
                    value = param.convert(value)
                except InvalidArgument as exc:  # the converter says what is wrong; this says where
                    raise InvalidArgument(f"{op.method}(): '{param.name}': {exc}") from exc
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
                _check_body_gates(op, param, param.model, value, version, param.wire)
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
                _check_body_gates(op, param, param.model, value, version, param.name)
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
        raw_body = op.prepare(client, prepared, raw_body if raw_body is not None else body, query, headers)
    prepared.url = _url(op, version, path_values, query, bool(prepared.controls.get("api_version", True)))
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
    prepared.timeout = _read_deadline(client.timeout, op, prepared, query)
    extra = args.get("extra_headers")
    if extra:
        headers.update(extra)
    return prepared


def _url(op: Operation, version: Version, path_values: dict[str, str], query: list[tuple[str, str]],
         versioned: bool = True) -> str:
    path = op.path.format_map(path_values) if path_values else op.path
    if op.unversioned or not versioned:  # an `api_version=False` control: this call without the prefix
        url = path
    else:
        prefix = _PREFIXES.get(version)
        if prefix is None:
            prefix = _PREFIXES[version] = f"/v{format_version(version)}"
        url = prefix + path
    if not query:
        return url
    # names and values made of unreserved characters (ids, numbers, 0/1) need no encoding
    if all(_unreserved(key) and _unreserved(value) for key, value in query):
        return f"{url}?{'&'.join([f'{key}={value}' for key, value in query])}"
    return f"{url}?{urlencode(query)}"


def _check_body_gates(op: Operation, param: Param, model_name: str, value: Any, version: Version,
                      where: str) -> None:
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
            Gate(*gate).check(version, f"{op.method}(): '{where}.{key}' (in '{param.name}')")
        child = nested.get(key)
        if child is not None:
            if isinstance(item, list):
                for element in item:
                    _check_body_gates(op, param, child, element, version, f"{where}.{key}")
            elif isinstance(item, (Mapping, WireModel)):
                _check_body_gates(op, param, child, item, version, f"{where}.{key}")


# --- the read deadline (README, "Timeouts, cancellation and errors") ---------------------------------


class _ReadUnbounded:
    """`httpx.Timeout(timeout, read=None)` for a plain number or None, without importing httpx."""

    __slots__ = ("timeout",)

    def __init__(self, timeout: float | None) -> None:
        self.timeout = timeout

    def as_dict(self) -> dict[str, float | None]:
        timeout = self.timeout
        return {"connect": timeout, "read": None, "write": timeout, "pool": timeout}


def _read_deadline(client_timeout: Any, op: Operation, prepared: PreparedRequest,
                   query: list[tuple[str, str]]) -> Any:
    """This call's own timeout, else the client's for every wait for bytes, except on a follow stream and a
    wait the caller bounds itself."""
    timeout = prepared.controls.pop("timeout", None) if "timeout" in prepared.controls else None
    if timeout is not None:
        return checked_timeout(timeout, f"{op.method}(): 'timeout'")
    timeout = prepared.args.get("request_timeout")
    if timeout is not None:
        return checked_timeout(timeout, f"{op.method}(): 'request_timeout'")
    if op.stream_timeout or _follows(op, prepared.controls, query):
        return _read_unbounded(client_timeout)
    return client_timeout


def checked_timeout(timeout: Any, what: str) -> Any:
    """`timeout` if the client can wait by it (seconds >= 0, None for no limit, an httpx.Timeout), else
    InvalidArgument before anything is sent: a socket would refuse it only at the first wait, with a ValueError."""
    if timeout is None or hasattr(timeout, "as_dict"):
        return timeout
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
        if timeout >= 0:  # not NaN either
            return timeout
        raise InvalidArgument(f"{what} must be a number of seconds >= 0 (or None: no limit), not {timeout!r}")
    raise InvalidArgument(f"{what} must be a number of seconds, None (no limit) or an httpx.Timeout, "
                          f"not {type(timeout).__name__} ({timeout!r})")


def _read_unbounded(timeout: Any) -> Any:
    if timeout is None or isinstance(timeout, (int, float)):
        return _ReadUnbounded(timeout)
    import httpx

    return httpx.Timeout(timeout, read=None)


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


def timeout_limits(timeout: Any) -> dict[str, float | None]:
    """What `httpx.Timeout(timeout).as_dict()` gives, for a number, None, an httpx.Timeout or an unbounded read."""
    as_dict = getattr(timeout, "as_dict", None)
    if as_dict is not None:  # an httpx.Timeout or a _ReadUnbounded
        return as_dict()  # type: ignore[no-any-return]
    if timeout is None or isinstance(timeout, (int, float)):
        return {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}
    import httpx

    return httpx.Timeout(timeout).as_dict()


def hijack_timeout(client_timeout: Any, prepared: PreparedRequest) -> Any:
    """The wait for an upgrade has the deadline even where the stream would not; after it, the socket's own."""
    timeout = prepared.timeout
    return client_timeout if isinstance(timeout, _ReadUnbounded) else timeout


# --- what the I/O halves add to a request ---------------------------------------------------------------


def upgrade_headers(op: Operation, prepared: PreparedRequest) -> tuple[dict[str, str], str | None]:
    """The headers that ask the daemon to hand the connection over: raw tcp, or a WebSocket handshake
    (then also the key its answer must confirm)."""
    headers = dict(prepared.headers)
    if op.returns.protocol == "websocket":
        from ._websocket import handshake_headers

        upgrade, key = handshake_headers()
        headers.update(upgrade)
        return headers, key
    headers["Connection"] = "Upgrade"
    headers["Upgrade"] = op.returns.protocol or "tcp"  # attach and exec take raw tcp; BuildKit's session h2c
    return headers, None


def send_backlog_only(prepared: PreparedRequest) -> None:
    """Ask for `stream=0`: the daemon sends the backlog and ends the answer (to an exited container, with
    `stream=1` it would hold the answer open for good)."""
    path, _, query = prepared.url.partition("?")
    pairs = [(k, "0" if k == "stream" else v) for k, v in parse_qsl(query, keep_blank_values=True)]
    prepared.url = f"{path}?{urlencode(pairs)}"


# --- small pieces -----------------------------------------------------------------------------------------


def _type_names(accepts: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in accepts)


def _param_value(op: Operation, args: dict[str, Any], wire: str) -> Any:
    for param in op.params:
        if param.wire == wire:
            return param.value if param.constant else args.get(param.name)
    return None


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
