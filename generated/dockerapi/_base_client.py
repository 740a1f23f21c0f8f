"""The hand-written core every generated method calls: settings, version negotiation, and the I/O.

`BaseClient` holds what both clients share and does no I/O: the daemon's address and TLS, the timeout,
the API version (pinned or negotiated), and registry credentials. `SyncAPIClient` and `AsyncAPIClient`
are the two I/O halves, kept in step (tests/unit/test_parity.py): each call builds its request with
`_request.build_request()`, sends it, and turns the answer into the result with `_response` (whole
bodies) or a stream type of `_streams` (streamed bodies, hijacked sockets). The core knows no endpoint:
each call brings an `Operation` of the generated `_catalog`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator, Generator, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar

from ._auth import CredentialStore, encode_header, split_repository, split_tag
from ._connection import Endpoint, TLSConfig, parse_host
from ._errors import APIError, DockerException, InvalidArgument, InvalidVersion
from ._model_lookup import load_models_off_loop, models_loaded, validator_ready
from ._operation import Operation, Version, format_version, parse_version
from ._request import (
    PreparedRequest,
    build_request,
    checked_timeout,
    hijack_timeout,
    timeout_limits,
    upgrade_headers,
)
from ._response import (
    COMPOSITE_NAMED,
    NAMED_FAILURES,
    STREAMING_KINDS,
    UNREADABLE,
    NamedReads,
    apply_probe,
    decode_stat,
    explanation,
    first_document,
    name_composite_failure,
    name_failure,
    plain_json,
    probe_call,
    raise_for_status,
    shape,
    tty_decision,
    tty_from_inspect,
    tty_from_probe,
    unreadable,
)
from ._version import MIN_API_VERSION, NEWEST_API_VERSION

if TYPE_CHECKING:
    import httpx  # imported at run time only off the unix/TCP fast path (TLS, ssh, custom transports)
    from typing_extensions import Unpack  # typing's from 3.11; a checker's name only (pydantic installs it)

__all__ = ["BaseClient", "SyncAPIClient", "AsyncAPIClient", "Call", "Gather", "DEFAULT_TIMEOUT", "ClientOptions",
           "ClientSettings"]

DEFAULT_TIMEOUT = 60.0
_USER_AGENT = "dockerapi/0.1"
_T = TypeVar("_T")


class ClientOptions(TypedDict, total=False):
    """The keyword-only settings of a client's constructor (`BaseClient.__init__` says what each does), so that
    a type checker sees `DockerClient(...)` and the object clients' keywords as the low-level client's."""

    user_agent: str
    credentials: CredentialStore | None
    max_connections: int | None
    transport: Any
    max_pool_size: int | None
    credstore_env: Mapping[str, str] | None
    num_pools: int | None
    use_ssh_client: bool


class ClientSettings(ClientOptions, total=False):
    """Every setting of a client's constructor: what `from_env()` and `from_context()` take to override what they
    found (tests/unit/test_request_response.py holds these two to the constructor's own parameters)."""

    base_url: str | None
    version: str | None
    timeout: float | None
    tls: bool | TLSConfig


class Call:
    """A step of a composite method: call `method` of the client with these arguments."""

    __slots__ = ("method", "args", "kwargs")

    def __init__(self, method: str, *args: Any, **kwargs: Any) -> None:
        self.method = method
        self.args = args
        self.kwargs = kwargs


class RequestHeaders(dict[str, str]):
    """A dict of headers that counts its changes (`version`), so the transport re-encodes them only then."""

    version: int = 0

    def _changed(self) -> None:
        self.version += 1

    def __setitem__(self, key: str, value: str) -> None:
        super().__setitem__(key, value)
        self._changed()

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self._changed()

    def update(self, *args: Any, **kwargs: Any) -> None:
        super().update(*args, **kwargs)
        self._changed()

    def pop(self, key: str, *default: Any) -> Any:
        value = super().pop(key, *default)
        self._changed()
        return value

    def setdefault(self, key: str, default: str = "") -> str:
        value = super().setdefault(key, default)
        self._changed()
        return value

    def clear(self) -> None:
        super().clear()
        self._changed()

    def popitem(self) -> tuple[str, str]:
        item = super().popitem()
        self._changed()
        return item


class Gather:
    """A step of a plan that makes several calls at once (each inspect of a list): the plan receives their
    results in order, with a `DockerException` in place of a result where that call failed."""

    __slots__ = ("calls",)

    def __init__(self, calls: Iterable[Call]) -> None:
        self.calls = list(calls)


# at most this many calls of one Gather run at once on the blocking client (threads, one connection each)
_GATHER_THREADS = 8
# ... and on the asyncio client (tasks, one connection each)
_GATHER_TASKS = 16


class _Recorder:
    """Stands in for the client while a generated method runs, to learn the operation and arguments it would
    send (a generated method is `return self._call(op, {...})`) without sending anything: a Gather of plain
    reads is then pipelined instead of run as threads or tasks."""

    __slots__ = ()

    def _call(self, op: Operation, args: dict[str, Any]) -> tuple[Operation, dict[str, Any]]:
        return op, args


class _AsyncRecorder:
    __slots__ = ()

    async def _call(self, op: Operation, args: dict[str, Any]) -> tuple[Operation, dict[str, Any]]:
        return op, args


_RECORDERS = (_Recorder(), _AsyncRecorder())


class BaseClient:
    """Settings and request building shared by `Client` and `AsyncClient`. Does no I/O."""

    # True for `dockerapi.classic`: results are the daemon's JSON as plain dicts and lists, unvalidated
    _plain_results: ClassVar[bool] = False
    # True for `dockerapi.classic`: close() ends every connection, stream and socket, and a later call opens
    # new ones, as docker-py's client does (testcontainers closes a container's client in stop(), then starts
    # the same container again). The typed clients refuse calls once closed.
    _usable_after_close: ClassVar[bool] = False

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
        max_pool_size: int | None = None,
        credstore_env: Mapping[str, str] | None = None,
        num_pools: int | None = None,
        use_ssh_client: bool = False,
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
            max_pool_size: docker-py's name for `max_connections` (give one of the two).
            credstore_env: Environment variables credential helpers (`docker-credential-*`) run with,
                set over the process's own, as in docker-py.
            num_pools: Accepted for docker-py's sake; no effect: a client talks to one daemon over
                one pool, whose size is `max_connections`.
            use_ssh_client: Accepted for docker-py's sake; no effect: `ssh://` always runs the system
                `ssh` (what docker-py does with `use_ssh_client=True`), whichever value is given;
                there is no built-in ssh library (docker-py's paramiko) to choose instead.

        Raises:
            InvalidArgument: `base_url` is not a Docker host address this package can reach, or `timeout` is
                not a number of seconds >= 0, None or an httpx.Timeout.
            InvalidVersion: `version` is older than the oldest supported API version.
        """
        if base_url is None:
            base_url = os.environ.get("DOCKER_HOST") or None
        if max_pool_size is not None:
            if max_connections is not None and max_connections != max_pool_size:
                raise InvalidArgument("max_pool_size is docker-py's name for max_connections: give one of them")
            max_connections = max_pool_size
        self._credstore_env: Mapping[str, str] | None = dict(credstore_env) if credstore_env is not None else None
        self._endpoint: Endpoint = parse_host(base_url, tls=bool(tls))
        self._tls = tls if isinstance(tls, TLSConfig) else None
        self._request_base = self._endpoint.base_url  # what httpx requests are made against
        # the address as docker-py shows it (libraries such as testcontainers read the host from it)
        self.base_url: str = self._endpoint.display_url
        self.timeout: float | None = checked_timeout(timeout, "timeout")
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
        self._headers = RequestHeaders({"User-Agent": user_agent, "Accept-Encoding": "identity"})
        extensions: dict[str, Any] = {}
        if self._tls is not None and isinstance(self._tls.assert_hostname, str):
            extensions["sni_hostname"] = self._tls.assert_hostname
        self._extensions = extensions
        self._open()

    @property
    def headers(self) -> RequestHeaders:
        """The headers sent with every request (User-Agent, ...): a mutable mapping; what is set here is sent."""
        return self._headers

    @classmethod
    def from_env(cls: type[_T], *, use_context: bool = True, environment: Mapping[str, str] | None = None,
                 **overrides: Unpack[ClientSettings]) -> _T:
        """This client set up like the docker CLI: DOCKER_HOST (with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH),
        else DOCKER_CONTEXT or the current context (`use_context=False` skips the contexts), else the default
        socket; `environment` replaces `os.environ`; keywords override what it found."""
        from ._connection import from_env as settings_from_env

        settings = settings_from_env(environment, use_context=use_context)
        settings.update(overrides)
        return cls(**settings)

    @classmethod
    def from_context(cls: type[_T], name: str | None = None, **overrides: Unpack[ClientSettings]) -> _T:
        """This client for the Docker CLI context `name` (`docker context ls`): None means the current one
        (DOCKER_CONTEXT, else the config's currentContext), "default" the default socket; keywords override."""
        from ._connection import context_settings

        settings = context_settings(name)
        settings.update(overrides)
        return cls(**settings)

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
            self._credentials = CredentialStore.load(helper_env=self._credstore_env)
            self._credentials_loaded = True
        assert self._credentials is not None
        return self._credentials

    def reload_config(self, dockercfg_path: str | None = None) -> None:
        """Read the Docker config file again (credentials and proxies); what `login()` remembered is dropped
        with the old settings, as in docker-py.

        Args:
            dockercfg_path: The config file to read; None reads the default places ($DOCKER_CONFIG/config.json,
                ~/.docker/config.json, ~/.dockercfg).
        """
        self._credentials = CredentialStore.load(dockercfg_path, helper_env=self._credstore_env)
        self._credentials_loaded = True

    def _auth_header_for(self, image: Any) -> str | None:
        if not isinstance(image, str) or not image:
            return None
        registry, _ = split_repository(split_tag(image)[0])
        auth = self.credentials.resolve(registry)
        return encode_header(auth) if auth is not None else None

    # --- pipelined reads (a Gather of inspects) -------------------------------------------------------
    _direct: Any  # the lean transport when the client has one (unix socket, plain TCP), else None
    _timeouts: dict[Any, dict[str, float | None]]  # timeout_limits() of each timeout value seen

    def _reads(self, calls: list[Call]) -> list[tuple[Operation, dict[str, Any]]] | None:
        """The operation and arguments of each call, when all are plain reads (a GET answered with one whole
        document) and the fast path can pipeline them; None otherwise (threads or tasks then)."""
        if self._direct is None or len(calls) < 2:
            return None
        from . import _catalog

        recorder = _RECORDERS[isinstance(self, AsyncAPIClient)]
        replaced = getattr(self, "__dict__", {})  # a method set on the instance (a wrapper, a test's spy) is called
        reads = []
        for call in calls:
            if call.method in replaced:
                return None
            op = getattr(_catalog, call.method, None)
            method = getattr(type(self), call.method, None)
            if not isinstance(op, Operation) or method is None or op.verb != "GET" or op.returns.kind in (
                    STREAMING_KINDS) or op.returns.live_field is not None or op.returns.tty_probe is not None:
                return None
            try:
                recorded = method(recorder, *call.args, **call.kwargs)
                if not isinstance(recorded, tuple):  # the coroutine of an async method: it never suspends
                    try:
                        recorded.send(None)
                    except StopIteration as stop:
                        recorded = stop.value
                    else:
                        recorded.close()
                        return None
            except (TypeError, AttributeError):
                return None  # not a plain generated method, or wrong arguments: the ordinary way says so
            if not isinstance(recorded, tuple) or recorded[0] is not op:
                return None
            reads.append(recorded)
        return reads

    def _prepare_reads(self, reads: list[tuple[Operation, dict[str, Any]]], version: Version
                       ) -> tuple[list[Any], dict[Any, list[tuple[int, Operation, PreparedRequest]]]]:
        """Each read's request, grouped by its timeout; a call refused before sending has its error in place."""
        results: list[Any] = [None] * len(reads)
        groups: dict[Any, list[tuple[int, Operation, PreparedRequest]]] = {}
        for index, (op, args) in enumerate(reads):
            try:
                prepared = build_request(self, op, args, version)
            except DockerException as exc:
                results[index] = exc
                continue
            groups.setdefault(prepared.timeout, []).append((index, op, prepared))
        return results, groups

    def _read_answer(self, op: Operation, prepared: PreparedRequest, answer: Any) -> Any:
        """A pipelined read's result, or the `DockerException` it ends in (the thread path's contract)."""
        if isinstance(answer, BaseException):
            if isinstance(answer, NAMED_FAILURES):
                name_failure(op, prepared, answer, self.timeout)
            if isinstance(answer, DockerException):
                return answer
            raise answer
        try:
            body = answer.read()
            if answer.status_code >= 300 and not raise_for_status(op, prepared, answer, body):
                return None if op.returns.kind != "bool" else True
            return shape(self, op, prepared, answer, body)
        except UNREADABLE as exc:
            return unreadable(op, prepared, exc)
        except DockerException as exc:
            return exc

    def _limits(self, timeout: Any) -> dict[str, float | None]:
        if isinstance(timeout, (int, float)) or timeout is None:
            limits = self._timeouts.get(timeout)
            if limits is None:
                limits = self._timeouts[timeout] = timeout_limits(timeout)
            return limits
        return timeout_limits(timeout)


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
        limits = self._limits(timeout)
        if self._direct is not None:  # the fast path builds no httpx.Request (URL parsing costs ~40 us)
            return self._direct.send(verb, url, headers, content, limits)
        import httpx

        request = httpx.Request(verb, self._request_base + url, headers={**self._headers, **headers}, content=content,
                                extensions={"timeout": limits, **self._extensions})
        response = self._transport.handle_request(request)
        response.request = request
        return response

    # --- lifecycle ---------------------------------------------------------------------------------
    def close(self) -> None:
        self._transport.close()
        if self._usable_after_close:
            self._open()  # a fresh pool, connected on the next call

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
                        raise APIError(explanation(body, response), status_code=response.status_code,
                                       method="GET", url="/_ping")
                    self._api_version = self._adopt_server_version(response.headers.get("Api-Version"))
                version = self._api_version
        return version

    # --- calls -------------------------------------------------------------------------------------
    def _call(self, op: Operation, args: dict[str, Any]) -> Any:
        prepared: PreparedRequest | None = None
        try:
            version = self._version()
            prepared = build_request(self, op, args, version)
            return self._complete(op, prepared, version)
        except NAMED_FAILURES as exc:
            name_failure(op, prepared, exc, self.timeout)  # "wait(): no answer within 1 s from unix://..."
            raise

    def _complete(self, op: Operation, prepared: PreparedRequest, version: Version) -> Any:
        """Send the call's request (after a probe where the operation needs one) and shape its answer."""
        kind = op.returns.kind
        controls = prepared.controls
        if kind == "hijack" or (kind == "multiplexed" and controls.get("socket")):
            return self._hijack(op, prepared)
        if op.returns.live_field is not None and controls.get("is_tty") is None:
            probe, probe_args = probe_call(op, prepared)
            probe_prepared = build_request(self, probe, probe_args, version)
            apply_probe(op, prepared, probe, probe_prepared, *self._fetch(probe_prepared))
        streaming = kind in STREAMING_KINDS
        response = self._send(prepared.verb, prepared.url, prepared.headers, prepared.content, prepared.timeout)
        try:
            if response.status_code >= 300 and response.status_code != 101:
                body = response.read()
                if not raise_for_status(op, prepared, response, body):
                    return None if kind != "bool" else True
            if not streaming:
                body = response.read()
                return shape(self, op, prepared, response, body)
            return self._stream_result(op, prepared, response)
        except UNREADABLE as exc:
            response.close()
            raise unreadable(op, prepared, exc) from exc
        except BaseException:
            response.close()
            raise
        finally:
            if not streaming:
                response.close()

    def _stream_result(self, op: Operation, prepared: PreparedRequest, response: httpx.Response) -> Any:
        # the stream classes load with the first stream, not with `import dockerapi`
        from ._streams import JSONStream, OutputStream, RawStream, collect_progress

        response = NamedReads(response, op, prepared, self.timeout)  # type: ignore[assignment]
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
                return first_document(self, op, first, decode)
            return collect_progress(documents, decode=decode, error_class=op.returns.stream_error)
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
            stat = decode_stat(response.headers.get(op.returns.stat_header or ""))
            return RawStream(response), stat
        raise DockerException(f"unknown stream shape {kind}")

    def _is_tty(self, op: Operation, prepared: PreparedRequest, response: httpx.Response) -> bool | None:
        decided, probe_needed = tty_decision(op, prepared, response, self._api_version or MIN_API_VERSION)
        if probe_needed is None:
            return decided
        probe, probe_args = probe_needed
        if not plain_json(probe):
            return tty_from_inspect(op, self._call(probe, probe_args))
        # the probe's answer is read as plain JSON, not as its typed model: a log stream needs no pydantic
        probe_prepared = build_request(self, probe, probe_args, self._version())
        return tty_from_probe(op, probe, probe_prepared, *self._fetch(probe_prepared))

    def _fetch(self, prepared: PreparedRequest) -> tuple[Any, bytes]:
        """Send a request and read its whole answer: (response, body)."""
        response = self._send(prepared.verb, prepared.url, prepared.headers, prepared.content, prepared.timeout)
        try:
            return response, response.read()
        finally:
            response.close()

    def _hijack(self, op: Operation, prepared: PreparedRequest) -> Any:
        headers, key = upgrade_headers(op, prepared)
        # the wait for the upgrade has the deadline; after it the socket is the caller's (settimeout)
        response = self._send(prepared.verb, prepared.url, headers, prepared.content, hijack_timeout(self.timeout, prepared))
        if response.status_code >= 300 and response.status_code != 101:
            body = response.read()
            response.close()
            raise_for_status(op, prepared, response, body)
        if key is not None:
            from ._websocket import WebSocketStream, check_accept

            check_accept(key, response.headers.get("Sec-WebSocket-Accept"))
            response.extensions["network_stream"] = WebSocketStream(response.extensions["network_stream"])
        from ._streams import HijackedSocket

        return HijackedSocket(response)

    def _run(self, plan: Generator[Call | Gather, Any, _T], name: str | None = None) -> _T:
        """Drive a composite method: each `Call` it yields is made on this client, a `Gather`'s calls at once. A
        connection failure, a timeout or a refused argument is prefixed with `name` (else the plan's own name):
        the method the caller called."""
        try:
            call = next(plan)
            while True:
                try:
                    if isinstance(call, Gather):
                        result: Any = self._gather(call.calls)
                    else:
                        result = getattr(self, call.method)(*call.args, **call.kwargs)
                except DockerException as exc:
                    call = plan.throw(exc)
                else:
                    call = plan.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        except COMPOSITE_NAMED as exc:
            name_composite_failure(name or str(getattr(plan, "__name__", "run")), exc)  # "port(): inspect_container(): ..."
            raise

    def _gather(self, calls: list[Call]) -> list[Any]:
        reads = self._reads(calls)
        if reads is not None:
            return self._gather_reads(reads)

        def one(call: Call) -> Any:
            try:
                return getattr(self, call.method)(*call.args, **call.kwargs)
            except DockerException as exc:
                return exc

        if len(calls) <= 1:
            return [one(call) for call in calls]
        from concurrent.futures import ThreadPoolExecutor

        workers = min(len(calls), self._max_connections or _GATHER_THREADS, _GATHER_THREADS)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="dockerapi-gather") as pool:
            return list(pool.map(one, calls))

    def _gather_reads(self, reads: list[tuple[Operation, dict[str, Any]]]) -> list[Any]:
        from ._pipeline import send_pipelined

        try:
            version = self._version()
        except DockerException as exc:
            return [exc] * len(reads)
        results, groups = self._prepare_reads(reads, version)
        for timeout, group in groups.items():
            limits = self._limits(timeout)
            heads = [self._direct.bodiless_head(prepared.verb, prepared.url, prepared.headers)
                     for _, _, prepared in group]
            answers = send_pipelined(self._direct, heads, limits.get("connect"), limits.get("read"))
            for (index, op, prepared), answer in zip(group, answers, strict=True):
                results[index] = self._read_answer(op, prepared, answer)
        return results


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
        limits = self._limits(timeout)
        if self._direct is not None:
            return await self._direct.send(verb, url, headers, content, limits)
        import httpx

        request = httpx.Request(verb, self._request_base + url, headers={**self._headers, **headers}, content=content,
                                extensions={"timeout": limits, **self._extensions})
        response: httpx.Response = await self._transport.handle_async_request(request)
        response.request = request
        return response

    async def close(self) -> None:
        await self._transport.aclose()
        if self._usable_after_close:
            self._open()

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
                        raise APIError(explanation(body, response), status_code=response.status_code,
                                       method="GET", url="/_ping")
                    self._api_version = self._adopt_server_version(response.headers.get("Api-Version"))
        return self._api_version

    async def _models_for(self, op: Operation) -> None:
        """Load (off the loop) the model classes `op`'s arguments and typed result need, if not yet done."""
        returns = op.returns
        if returns.model is not None and not self._plain_results:  # a typed result: its class, made off the loop
            whole = returns.model if returns.kind in ("model", "list") else None
            if not validator_ready(whole, returns.kind == "list") or not models_loaded():
                await load_models_off_loop(whole, returns.kind == "list")
        elif not models_loaded() and any(p.model for p in op.params):
            await load_models_off_loop()

    async def _call(self, op: Operation, args: dict[str, Any]) -> Any:
        await self._models_for(op)
        prepared: PreparedRequest | None = None
        try:
            version = await self._version()
            prepared = build_request(self, op, args, version)
            return await self._complete(op, prepared, version)
        except NAMED_FAILURES as exc:
            name_failure(op, prepared, exc, self.timeout)  # "wait(): no answer within 1 s from unix://..."
            raise

    async def _complete(self, op: Operation, prepared: PreparedRequest, version: Version) -> Any:
        """Send the call's request (after a probe where the operation needs one) and shape its answer."""
        kind = op.returns.kind
        controls = prepared.controls
        if kind == "hijack" or (kind == "multiplexed" and controls.get("socket")):
            return await self._hijack(op, prepared)
        if op.returns.live_field is not None and controls.get("is_tty") is None:
            probe, probe_args = probe_call(op, prepared)
            probe_prepared = build_request(self, probe, probe_args, version)
            apply_probe(op, prepared, probe, probe_prepared, *await self._fetch(probe_prepared))
        streaming = kind in STREAMING_KINDS
        content = prepared.content
        if content is not None and not isinstance(content, (bytes, str)) and isinstance(content, Iterable):
            content = _aiter_sync(content)
        response = await self._send(prepared.verb, prepared.url, prepared.headers, content, prepared.timeout)
        try:
            if response.status_code >= 300 and response.status_code != 101:
                body = await response.aread()
                if not raise_for_status(op, prepared, response, body):
                    return None if kind != "bool" else True
            if not streaming:
                body = await response.aread()
                return shape(self, op, prepared, response, body)
            return await self._stream_result(op, prepared, response)
        except UNREADABLE as exc:
            await response.aclose()
            raise unreadable(op, prepared, exc) from exc
        except BaseException:
            await response.aclose()
            raise
        finally:
            if not streaming:
                await response.aclose()

    async def _stream_result(self, op: Operation, prepared: PreparedRequest, response: httpx.Response) -> Any:
        from ._streams import AsyncJSONStream, AsyncOutputStream, AsyncRawStream

        response = NamedReads(response, op, prepared, self.timeout)  # type: ignore[assignment]
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
                return first_document(self, op, first, decode)
            return await documents.collect_progress(op.returns.stream_error)
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
            stat = decode_stat(response.headers.get(op.returns.stat_header or ""))
            return AsyncRawStream(response), stat
        raise DockerException(f"unknown stream shape {kind}")

    async def _is_tty(self, op: Operation, prepared: PreparedRequest, response: httpx.Response) -> bool | None:
        decided, probe_needed = tty_decision(op, prepared, response, self._api_version or MIN_API_VERSION)
        if probe_needed is None:
            return decided
        probe, probe_args = probe_needed
        if not plain_json(probe):
            return tty_from_inspect(op, await self._call(probe, probe_args))
        probe_prepared = build_request(self, probe, probe_args, await self._version())
        return tty_from_probe(op, probe, probe_prepared, *await self._fetch(probe_prepared))

    async def _fetch(self, prepared: PreparedRequest) -> tuple[Any, bytes]:
        """Send a request and read its whole answer: (response, body)."""
        response = await self._send(prepared.verb, prepared.url, prepared.headers, prepared.content,
                                    prepared.timeout)
        try:
            return response, await response.aread()
        finally:
            await response.aclose()

    async def _hijack(self, op: Operation, prepared: PreparedRequest) -> Any:
        headers, key = upgrade_headers(op, prepared)
        response = await self._send(prepared.verb, prepared.url, headers, prepared.content,
                                    hijack_timeout(self.timeout, prepared))
        if response.status_code >= 300 and response.status_code != 101:
            body = await response.aread()
            await response.aclose()
            raise_for_status(op, prepared, response, body)
        if key is not None:
            from ._websocket import AsyncWebSocketStream, check_accept

            check_accept(key, response.headers.get("Sec-WebSocket-Accept"))
            response.extensions["network_stream"] = AsyncWebSocketStream(response.extensions["network_stream"])
        from ._streams import AsyncHijackedSocket

        return AsyncHijackedSocket(response)

    async def _run(self, plan: Generator[Call | Gather, Any, _T], name: str | None = None) -> _T:
        try:
            call = next(plan)
            while True:
                try:
                    if isinstance(call, Gather):
                        result: Any = await self._gather(call.calls)
                    else:
                        result = await getattr(self, call.method)(*call.args, **call.kwargs)
                except DockerException as exc:
                    call = plan.throw(exc)
                else:
                    call = plan.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        except COMPOSITE_NAMED as exc:
            name_composite_failure(name or str(getattr(plan, "__name__", "run")), exc)  # "port(): inspect_container(): ..."
            raise

    async def _gather(self, calls: list[Call]) -> list[Any]:
        import asyncio

        reads = self._reads(calls)
        if reads is not None:
            return await self._gather_reads(reads)

        # bounded, so that listing 1,000 containers does not open 1,000 connections at once
        gate = asyncio.Semaphore(_GATHER_TASKS)

        async def one(call: Call) -> Any:
            async with gate:
                try:
                    return await getattr(self, call.method)(*call.args, **call.kwargs)
                except DockerException as exc:
                    return exc

        return list(await asyncio.gather(*(one(call) for call in calls)))

    async def _gather_reads(self, reads: list[tuple[Operation, dict[str, Any]]]) -> list[Any]:
        from ._pipeline import asend_pipelined

        for op in {id(op): op for op, _ in reads}.values():
            await self._models_for(op)
        try:
            version = await self._version()
        except DockerException as exc:
            return [exc] * len(reads)
        results, groups = self._prepare_reads(reads, version)
        for timeout, group in groups.items():
            limits = self._limits(timeout)
            heads = [self._direct.bodiless_head(prepared.verb, prepared.url, prepared.headers)
                     for _, _, prepared in group]
            answers = await asend_pipelined(self._direct, heads, limits.get("connect"), limits.get("read"))
            for (index, op, prepared), answer in zip(group, answers, strict=True):
                results[index] = self._read_answer(op, prepared, answer)
        return results


async def _aiter_sync(chunks: Iterable[Any]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk if isinstance(chunk, bytes) else str(chunk).encode()
