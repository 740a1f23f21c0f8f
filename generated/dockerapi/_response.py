"""From an answer to the method's result: pure, no I/O.

The status becomes the error the catalog maps it to, a whole body becomes the result in the shape the
catalog gives (`shape()`), and the framing of container output is decided (raw for a TTY, else
multiplexed frames) from what the answer, the caller or an inspect of the container says. The I/O halves
of the client read the bytes and hand them here; streamed results are wrapped there.
"""

from __future__ import annotations

import base64
import json
import struct
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from . import _errors
from ._errors import (
    APIError,
    DockerConnectionError,
    DockerException,
    DockerTimeoutError,
    InvalidArgument,
    InvalidVersion,
    ProtocolError,
)
from ._model_lookup import parse_kept, resolve_model, result_validator
from ._operation import PATH, Operation, Version
from ._request import PreparedRequest, hijack_timeout, send_backlog_only, timeout_limits
from ._wire import to_wire

__all__ = ["STREAMING_KINDS", "UNREADABLE", "raise_for_status", "explanation", "shape", "decode_stat",
           "unreadable", "plain_json", "tty_decision", "tty_from_inspect", "tty_from_probe", "probe_call",
           "apply_probe"]

# results read as a stream (or a hijacked socket), not from a whole body
STREAMING_KINDS = frozenset({"json_progress", "json_lines", "multiplexed", "raw_stream", "tar_with_stat", "hijack"})

# what reading a malformed answer raises (pydantic's ValidationError and JSON/Unicode errors are ValueErrors)
UNREADABLE = (ValueError, KeyError, IndexError, struct.error)

# The API version from which a daemon names framed output `multiplexed-stream` (moby 1.42 changelog), so
# that `raw-stream` means TTY output; below it `raw-stream` is sent for both and only the probe can tell.
_CONTENT_TYPE_TELLS_TTY_SINCE: Version = (1, 42)


def raise_for_status(op: Operation, prepared: PreparedRequest, response: Any, body: bytes) -> bool:
    """Raise the error the status stands for; True when the status is a success, False for one the catalog
    maps to "ok" (an answer with nothing to read, e.g. 304 on start of a running container)."""
    status = response.status_code
    if status < 300 or status == 101:
        return True
    mapped = op.errors.get(status)
    if mapped == "ok":
        return False
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
    raise error_class(explanation(body, response), status_code=status, method=prepared.verb, url=prepared.url,
                      response=response)


def explanation(body: bytes, response: Any) -> str:
    """What the daemon said: the `message` of its JSON error, else the body's text, else the reason phrase."""
    text = body.decode("utf-8", errors="replace").strip()
    if text.startswith("{"):
        try:
            document = json.loads(text)
        except ValueError:
            return text
        if isinstance(document, dict) and document.get("message"):
            return str(document["message"])
    return text or str(response.reason_phrase)


def shape(client: Any, op: Operation, prepared: PreparedRequest, response: Any, body: bytes) -> Any:
    """The result of a whole (not streamed) answer; `client` decides typed or plain results and is handed
    to the operation's after-call hook."""
    returns = op.returns
    kind = returns.kind
    plain = client._plain_results
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
        elif plain:
            result = parse_kept(json.loads, body)
        else:
            result = parse_kept(result_validator(returns.model).validate_json, body)
    elif kind == "list":
        assert returns.model is not None
        if plain:
            result = parse_kept(json.loads, body) if body.strip() else []  # a `null` answer stays None, as sent
        elif not body.strip() or body.strip() == b"null":
            result = []  # e.g. diff() of an unchanged container: the daemon answers null
        else:
            result = parse_kept(result_validator(returns.model, as_list=True).validate_json, body)
    elif kind == "scalar":
        document = json.loads(body) if body.strip() else {}
        result = document.get(returns.pick, returns.pick_default) if isinstance(document, dict) else document
        if result is None:
            result = returns.pick_default
    elif kind == "json":
        result = parse_kept(json.loads, body) if body.strip() else None
    elif kind == "stat":
        result = decode_stat(response.headers.get(returns.stat_header or ""))
    else:
        raise DockerException(f"return shape '{kind}' is not a plain body")
    if returns.adapter is not None:
        result = returns.adapter(result, prepared.args)
    if op.hook is not None:
        op.hook(client, result, prepared.args)
    return result


def decode_stat(header: str | None) -> dict[str, Any] | None:
    """The file description an archive answer carries in a base64 JSON header."""
    if not header:
        return None
    return json.loads(base64.b64decode(header))  # type: ignore[no-any-return]


def unreadable(op: Operation, prepared: PreparedRequest, exc: BaseException) -> DockerException:
    """The error for an answer that cannot be read as the method's result."""
    if isinstance(exc, DockerException):  # InvalidArgument is a TypeError, never a ValueError; to be sure
        return exc
    return ProtocolError(f"{op.method}(): the answer to {prepared.verb} {prepared.url} cannot be read: "
                         f"{type(exc).__name__}: {str(exc)[:300]}")


NAMED_FAILURES = (DockerConnectionError, DockerTimeoutError)  # the failures a call's message names itself in
# ... and those a composite method's message names it in too: "exec_run(): exec_create(): 'workdir' must be str"
COMPOSITE_NAMED = (*NAMED_FAILURES, InvalidArgument, InvalidVersion)


def name_failure(op: Operation, prepared: PreparedRequest | None, exc: DockerException, client_timeout: Any,
                 *, streaming: bool = False) -> None:
    """Say in `exc`'s message which call failed and, for a timeout, which limit ran out:
    "wait(): no answer within 1 s from unix://..." ("no output within" for a stream read after the method
    returned). The exception keeps its type, cause and traceback; a call made inside another (a probe) is
    renamed by the outer one, the method the caller called."""
    base = getattr(exc, "_transport_message", None)
    if base is None:
        base = str(exc)
        exc._transport_message = base  # type: ignore[attr-defined]
    message = f"{op.method}(): {base}"
    if isinstance(exc, DockerTimeoutError) and exc.address is not None:
        limits = timeout_limits(client_timeout if prepared is None else hijack_timeout(client_timeout, prepared))
        if exc.phase == "connect" and limits["connect"] is not None:
            message = f"{op.method}(): could not connect within {limits['connect']:g} s to {exc.address}"
        elif exc.phase == "read" and limits["read"] is not None:
            waited = "no output" if streaming else "no answer"
            message = f"{op.method}(): {waited} within {limits['read']:g} s from {exc.address}"
    exc.args = (message,)


class NamedReads:
    """A response handed to a stream type: a failure while its body is read, after the method returned (so
    outside the call's own naming), names the call and the limit too. Everything else is the response's."""

    __slots__ = ("_response", "_op", "_prepared", "_client_timeout")

    def __init__(self, response: Any, op: Operation, prepared: PreparedRequest, client_timeout: Any) -> None:
        self._response = response
        self._op = op
        self._prepared = prepared
        self._client_timeout = client_timeout

    def __getattr__(self, name: str) -> Any:
        return getattr(self._response, name)

    def iter_raw(self, chunk_size: int | None = None) -> Iterator[bytes]:
        try:
            yield from self._response.iter_raw(chunk_size)
        except NAMED_FAILURES as exc:
            name_failure(self._op, self._prepared, exc, self._client_timeout, streaming=True)
            raise

    async def aiter_raw(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.aiter_raw(chunk_size):
                yield chunk
        except NAMED_FAILURES as exc:
            name_failure(self._op, self._prepared, exc, self._client_timeout, streaming=True)
            raise


def name_composite_failure(method: str, exc: DockerException) -> None:
    """Put the composite method the caller called in front of the failed inner call's message."""
    exc.args = (f"{method}(): {exc}",)


def first_document(client: Any, op: Operation, first: Any, decode: bool) -> Any:
    """The one document a `json_lines` call collects (`stats(stream=False)`): its catalog model on the typed
    face, the parsed JSON on the classic one."""
    document = first if decode else json.loads(first)
    if op.returns.model is None or client._plain_results or not isinstance(document, dict):
        return document
    return resolve_model(op.returns.model).model_validate(document)


def plain_json(op: Operation) -> bool:
    """Whether `op` answers one JSON document that nothing rewrites (a model or JSON result, no adapter or hook)."""
    return op.returns.kind in ("model", "json") and op.returns.adapter is None and op.hook is None


# --- raw (TTY) or multiplexed output ------------------------------------------------------------------


def tty_decision(op: Operation, prepared: PreparedRequest, response: Any, api_version: Version
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
            and api_version >= _CONTENT_TYPE_TELLS_TTY_SINCE):
        # a hijacking POST (attach, exec start) answers raw-stream without an upgrade whatever the TTY;
        # before API 1.42 raw-stream is also the type of framed output (Docker 28 pinned to 1.41)
        return True, None
    if op.returns.tty_probe is None or not any(p.location == PATH for p in op.params):
        return False, None
    return False, probe_call(op, prepared)


def tty_from_inspect(op: Operation, document: Any) -> bool:
    """The TTY flag at the catalog's `tty_field` path (`Config.Tty`, ...) of the probe's answer."""
    value = to_wire(document)
    for key in (op.returns.tty_field or "").split("."):
        if not isinstance(value, Mapping):
            return False
        value = value.get(key)
    return bool(value)


def probe_call(op: Operation, prepared: PreparedRequest) -> tuple[Operation, dict[str, Any]]:
    """The inspect that tells `op`'s framing (and liveness): the catalog's `tty_probe`, on the same object."""
    probe = op.returns.tty_probe
    assert probe is not None  # the catalog requires tty_probe with live_field
    target = next(p for p in op.params if p.location == PATH)
    value = prepared.args.get(target.name)
    return probe, {p.name: value for p in probe.params if p.location == PATH}


def apply_probe(op: Operation, prepared: PreparedRequest, probe: Operation, probe_prepared: PreparedRequest,
                answer: Any, body: bytes) -> None:
    """A probe made before the call (`live_field`): it says TTY, and whether the output can still grow.

    When it cannot (the container is not running) and the caller collects the result, `stream=0` is
    sent: the daemon then sends the backlog and ends the answer, where with `stream=1` it would hold it
    open for good. So it is when the caller asks for the backlog (`backlog_if`, attach's `logs=True`) and
    collects: the output there is now, at once, even from a running container. A stream the caller asked for keeps `stream=1`: attach to a container, then start it
    (`docker start -a`), and the stream carries the whole run.
    """
    if not raise_for_status(probe, probe_prepared, answer, body) or not body.strip():
        return
    try:
        document = json.loads(body)
    except ValueError as exc:
        raise unreadable(probe, probe_prepared, exc) from exc
    prepared.controls["is_tty"] = tty_from_inspect(op, document)
    live: Any = document
    for key in (op.returns.live_field or "").split("."):
        live = live.get(key) if isinstance(live, Mapping) else None
    if prepared.controls.get("stream"):
        return
    backlog = op.returns.backlog_if
    if live is False or (backlog is not None and prepared.args.get(backlog)):
        send_backlog_only(prepared)


def tty_from_probe(op: Operation, probe: Operation, prepared: PreparedRequest, response: Any, body: bytes) -> bool:
    """Whether the probe's answer (an inspect) says TTY; its errors raise as the probe's own call would."""
    if not raise_for_status(probe, prepared, response, body) or not body.strip():
        return False
    return tty_from_inspect(op, json.loads(body))
