"""Descriptions of operations, as the generated code hands them to the core.

The generated `_catalog.py` builds one `Operation` per catalog entry at import time, so that a call
only walks precomputed tuples. Nothing here names an endpoint.

The four records are plain classes with `__slots__`, not dataclasses: the catalog makes about 650 of them
on every `import dockerapi`, and a frozen dataclass costs ~4 ms more there (its class creation and an
`object.__setattr__` per field). Their fields are `Final`, so type checkers refuse a write after `__init__`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from ._errors import InvalidVersion
from ._version import MIN_API_VERSION

__all__ = [
    "within",
    "Gate",
    "Version",
    "parse_version",
    "format_version",
    "Param",
    "Returns",
    "Operation",
    "PATH",
    "QUERY",
    "HEADER",
    "BODY_FIELD",
    "BODY",
    "CONTROL",
    "FILTER",
    "HELPER",
]

Version = tuple[int, int]

PATH = "path"
QUERY = "query"
HEADER = "header"
BODY_FIELD = "body-field"  # one field of a JSON body, possibly nested ("HostConfig.Memory")
BODY = "body"  # the whole body (bytes, a file, an iterator, or a JSON document)
CONTROL = "control"  # changes what the client does (stream=, decode=), never sent
FILTER = "filter"  # one key of the JSON `filters` query parameter
HELPER = "helper"  # a keyword of a body helper that builds the body field named by `wire`


def parse_version(text: str) -> Version:
    major, _, minor = text.partition(".")
    return int(major), int(minor or 0)


def within(version: Version, since: Version | None, until: Version | None) -> bool:
    """The gate check, the one place it is written: is `version` inside [since, until)?"""
    return (since is None or version >= since) and (until is None or version < until)


def format_version(version: Version) -> str:
    return f"{version[0]}.{version[1]}"


class _Record:
    """`repr()` by the fields that differ from their defaults; equality is identity (each is made once)."""

    __slots__ = ()

    def __repr__(self) -> str:
        defaults: dict[str, Any] = type(self).__init__.__kwdefaults__ or {}
        names: tuple[str, ...] = type(self).__slots__
        shown = [f"{name}={getattr(self, name)!r}" for name in names if name not in ("gate", "setters")
                 and (name not in defaults or getattr(self, name) != defaults[name])]
        return f"{type(self).__name__}({', '.join(shown)})"


class Gate(_Record):
    """The API versions something exists in: from `since` (included) to `until` (excluded), None for open.

    Operations, parameters, nested body fields and helper keywords are all checked through it."""

    __slots__ = ("since", "until")

    def __init__(self, since: Version | None = None, until: Version | None = None) -> None:
        self.since: Final = since
        self.until: Final = until

    def admits(self, version: Version) -> bool:
        return within(version, self.since, self.until)

    def describe(self) -> str:
        since, until = self.since, self.until
        if until is not None and until <= MIN_API_VERSION:
            return f"< {format_version(until)} (no version this client supports)"
        if until is None:
            return f">= {format_version(since or MIN_API_VERSION)}"
        if since is None or since <= MIN_API_VERSION:
            return f"< {format_version(until)}"
        return f">= {format_version(since)} and < {format_version(until)}"

    def check(self, version: Version, subject: str, advice: str | None = None, *, using: str = "this client uses"
              ) -> None:
        """Raise `InvalidVersion` ("`subject` needs API ...; this client uses API x.y") outside the gate."""
        if within(version, self.since, self.until):
            return
        message = f"{subject} needs API {self.describe()}; {using} API {format_version(version)}"
        raise InvalidVersion(f"{message}. {advice}" if advice else message)


class Param(_Record):
    """One parameter of a generated method and where its value goes on the wire."""

    __slots__ = ("name", "wire", "location", "since", "until", "default", "convert", "accepts", "json", "value",
                 "constant", "advice", "implied", "model", "auth_from", "auth_required", "config_default", "send_default",
                 "helper", "version_alias", "sets", "empty", "gate")

    def __init__(
        self,
        name: str,  # the Python keyword
        wire: str,  # the name on the wire; for body fields a dotted path into the JSON body
        location: str,
        *,
        since: Version | None = None,
        until: Version | None = None,
        default: Any = None,  # the method's default; a value equal to it is not subject to the gate
        convert: Callable[[Any], Any] | None = None,
        accepts: tuple[type, ...] = (),  # runtime type check; empty means anything
        json: bool = False,  # JSON-encode the value (query parameters such as `filters`)
        value: Any = None,  # a constant the method always sends (the parameter is not exposed)
        constant: bool = False,
        advice: str | None = None,  # said when the gate refuses the parameter
        implied: Any = None,  # from `until` on, what the daemon does without it: this value is then not sent
        model: str | None = None,  # the catalog model a body field holds, for nested gates
        auth_from: str | None = None,  # header param: registry credentials for the image named by this param
        auth_required: bool = False,  # with auth_from: without credentials, an empty auth document is sent
        config_default: str | None = None,  # when the caller gives no value: this setting of the client config file
        send_default: bool = True,  # send the default value (the classic API's defaults differ from the daemon's)
        helper: Callable[..., Any] | None = None,  # location HELPER: builds the body field from such keywords
        version_alias: bool = False,  # the keyword goes under this wire name only at the versions of its gate
        sets: dict[str, Any] | None = None,  # when the value is true, these keywords take these values
        empty: Any = None,  # location BODY: what to send when the caller gives nothing (a copy each time)
    ) -> None:
        self.name: Final = name
        self.wire: Final = wire
        self.location: Final = location
        self.since: Final = since
        self.until: Final = until
        self.default: Final = default
        self.convert: Final = convert
        self.accepts: Final = accepts
        self.json: Final = json
        self.value: Final = value
        self.constant: Final = constant
        self.advice: Final = advice
        self.implied: Final = implied
        self.model: Final = model
        self.auth_from: Final = auth_from
        self.auth_required: Final = auth_required
        self.config_default: Final = config_default
        self.send_default: Final = send_default
        self.helper: Final = helper
        self.version_alias: Final = version_alias
        self.sets: Final = sets
        self.empty: Final = empty
        self.gate: Final = Gate(since, until)


class Returns(_Record):
    """How to turn the response into the method's result."""

    __slots__ = ("kind", "model", "pick", "pick_default", "tty_probe", "stat_header", "raw_if", "protocol",
                 "tty_from", "tty_field", "live_field", "backlog_if", "stream_error", "adapter")

    def __init__(
        self,
        # model, list, none, bool, text, bytes, json_progress, json_lines, multiplexed, raw_stream,
        # tar_with_stat, hijack, scalar
        kind: str,
        *,
        model: str | None = None,
        pick: str | None = None,  # for `scalar`: the wire field to return
        pick_default: Any = None,
        tty_probe: Operation | None = None,  # before API 1.42: an operation whose Config.Tty says raw or framed
        stat_header: str | None = None,
        raw_if: str | None = None,  # when this argument is true, the body is returned as bytes, unparsed
        protocol: str | None = None,  # hijack: "websocket" for a WebSocket handshake and framing, else raw tcp
        tty_from: str | None = None,  # multiplexed: "sniff" decides raw (TTY) or framed from the first bytes
        tty_field: str | None = None,  # with tty_probe: the dotted path of the TTY flag in the probe's answer
        # with tty_probe: the dotted path of the flag in its answer that says the output can still grow
        # (`State.Running`); the probe is then made first, and when the flag is false and the caller collects the
        # result (no `stream=True`), `stream=0` is sent: with 1 the daemon would hold the answer open for good
        live_field: str | None = None,
        # with live_field: an argument (`logs`) that, when true and the result is collected, asks for the backlog
        # alone: `stream=0` is sent to a running container too, and the answer ends with what is there now
        backlog_if: str | None = None,
        # json_progress: the name of the `_errors` class an error message inside the collected output raises
        # (`BuildError` for builds); StreamError by default
        stream_error: str | None = None,
        adapter: Callable[..., Any] | None = None,  # a named result adapter from `_adapters`
    ) -> None:
        self.kind: Final = kind
        self.model: Final = model
        self.pick: Final = pick
        self.pick_default: Final = pick_default
        self.tty_probe: Final = tty_probe
        self.stat_header: Final = stat_header
        self.raw_if: Final = raw_if
        self.protocol: Final = protocol
        self.tty_from: Final = tty_from
        self.tty_field: Final = tty_field
        self.live_field: Final = live_field
        self.backlog_if: Final = backlog_if
        self.stream_error: Final = stream_error
        self.adapter: Final = adapter


class Operation(_Record):
    __slots__ = ("id", "method", "verb", "path", "since", "until", "params", "returns", "errors", "content_type",
                 "stream_timeout", "unversioned", "deprecated", "prepare", "hook", "setters", "gate")

    def __init__(
        self,
        *,
        id: str,
        method: str,
        verb: str,
        path: str,
        since: Version,
        until: Version | None,
        params: tuple[Param, ...],
        returns: Returns,
        errors: dict[int, str] | None = None,  # status -> error class name, or "ok"
        content_type: str | None = None,
        stream_timeout: bool = False,  # no read timeout by default (follow, wait, events, attach)
        unversioned: bool = False,  # the path is sent without the /vX.Y prefix
        deprecated: bool = False,
        prepare: Callable[..., Any] | None = None,  # a named request preparer from `_preparers`
        hook: Callable[..., Any] | None = None,  # a named after-call hook from `_adapters`: (client, result, args)
    ) -> None:
        self.id: Final = id
        self.method: Final = method
        self.verb: Final = verb
        self.path: Final = path
        self.since: Final = since
        self.until: Final = until
        self.params: Final = params
        self.returns: Final = returns
        self.errors: Final[dict[int, str]] = {} if errors is None else errors
        self.content_type: Final = content_type
        self.stream_timeout: Final = stream_timeout
        self.unversioned: Final = unversioned
        self.deprecated: Final = deprecated
        self.prepare: Final = prepare
        self.hook: Final = hook
        self.setters: Final = tuple(p for p in params if p.sets)  # the params with `sets`, found once
        self.gate: Final = Gate(since, until)
