"""The base classes of the object API (`client.containers.run(...)`, `Container.logs()`, ...).

The object classes and collections are generated from `spec/objects/` for three faces: typed sync
(`dockerapi.DockerClient`), typed async (`dockerapi.AsyncDockerClient`) and docker-py's exactly
(`dockerapi.classic.DockerClient`). What they share lives here: an object holds the daemon's
description of itself (`attrs`), its id, equality by id, and a `client` whose `api` is the low-level
client of the same face; a collection makes objects and refuses to be called. Everything here is pure:
the I/O is in the generated methods (one call each) and the plans of `_object_plans.py`.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ._base_client import DEFAULT_TIMEOUT
from ._errors import APIError, DockerException

__all__ = [
    "DockerObject", "ObjectCollection", "ExecResult", "AsyncExecResult", "ImageStream", "AsyncImageStream",
    "SyncDockerClientBase", "AsyncDockerClientBase",
]

if TYPE_CHECKING:
    from typing_extensions import Unpack  # typing's from 3.11; a checker's name only

    from ._base_client import ClientOptions, ClientSettings
    from ._connection import TLSConfig


class DockerObject:
    """An object the daemon knows (a container, an image, ...), as it was last described.

    `attrs` is the daemon's description (inspect, or a list entry); `reload()` reads it again. Two
    objects are equal when they are of the same kind and have the same id.
    """

    # the attrs key that holds the id ("Id", "ID", or "Name" for volumes); dotted for a nested one
    # ("Descriptor.digest": registry data)
    _id_field: ClassVar[str] = "Id"
    # typed faces only: attrs of a sparse list entry are not the typed inspect model (see `attrs`)
    _typed: ClassVar[bool] = False

    def __init__(self, attrs: Mapping[str, Any] | None = None, client: Any = None, collection: Any = None,
                 *, sparse: bool = False, **fields: Any) -> None:
        # fields: what the object knows besides its attrs (declared under `fields:` in spec/objects/)
        for name, value in fields.items():
            setattr(self, name, value)
        self.client = client
        self.collection = collection
        self._attrs: Any = attrs if attrs is not None else {}
        # True while the attrs are a list entry rather than the inspect answer (`containers.list(sparse=True)`)
        self._sparse = sparse

    def _get_attrs(self) -> Any:
        if self._sparse and self._typed:
            raise DockerException(
                f"{type(self).__name__} {self.short_id} was listed with sparse=True: its attrs are the list "
                "entry (see `.summary`); reload() reads the whole description"
            )
        return self._attrs

    def _set_attrs(self, value: Any) -> None:
        self._attrs = value
        self._sparse = False

    @property
    def summary(self) -> Any:
        """The list entry this object was made from with `sparse=True`, else None."""
        return self._attrs if self._sparse else None

    @property
    def id(self) -> str:
        """The object's full id."""
        value: Any = self._attrs
        for key in self._id_field.split("."):
            value = value.get(key) if isinstance(value, Mapping) else None
        return value if isinstance(value, str) else ""

    @property
    def short_id(self) -> str:
        """The id cut to 12 characters (after a `sha256:` prefix, which is kept)."""
        ident = self.id
        if ident.startswith("sha256:"):
            return ident[:19]
        return ident[:12]

    def _load_quietly(self) -> None:
        """reload(), where a refusal (an object that does not exist yet, such as a swarm) leaves attrs empty."""
        try:
            self.reload()  # type: ignore[attr-defined]
        except APIError:
            pass

    def __eq__(self, other: object) -> bool:
        return isinstance(other, type(self)) and other.id == self.id

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.short_id}>"


class ObjectCollection:
    """The objects of one kind on the daemon: `client.containers`, `client.images`, ..."""

    # the object class this collection makes (set by the generated subclass)
    model: ClassVar[Any] = None
    # the other objects of the collection's module that no collection lists (RegistryData of images), by name
    _kinds: ClassVar[dict[str, Any]] = {}

    def __init__(self, client: Any = None) -> None:
        self.client = client

    # the client's attribute that gives this collection (`containers`; set by the generated subclass)
    _attribute: ClassVar[str] = ""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        # docker-py 1.x had `docker.Client().containers(...)`: say where that API lives now
        raise TypeError(
            f"'{type(self).__name__}' object is not callable: `client.{self._attribute}` is a collection "
            f"(list(), get(), ...). For the low-level API use `client.api.{self._attribute}(...)`, or "
            "dockerapi.classic.APIClient"
        )

    def prepare_model(self, attrs: Any, *, sparse: bool = False, kind: str | None = None, **fields: Any) -> Any:
        """Wrap the daemon's description of one object (no I/O); `kind` names another object of the module
        than the collection's own (its class in this face), `fields` what it knows besides its attrs."""
        if isinstance(attrs, DockerObject):
            attrs.client = self.client
            attrs.collection = self
            return attrs
        model = self.model if kind is None else self._kinds[kind]
        return model(attrs=attrs, client=self.client, collection=self, sparse=sparse, **fields)


class _ExecOutcome(tuple[Any, Any]):
    """`(exit_code, output)`, also by name, and the exec's id."""

    exec_id: str | None = None
    _api: Any = None

    def __new__(cls, exit_code: int | None, output: Any, exec_id: str | None = None, api: Any = None) -> Any:
        result = super().__new__(cls, (exit_code, output))
        result.exec_id = exec_id
        result._api = api
        return result

    @property
    def exit_code(self) -> int | None:
        """The command's exit status; None while it may still run (stream, socket; detach until it has ended)."""
        return self[0]  # type: ignore[no-any-return]

    @property
    def output(self) -> Any:
        """bytes, a `(stdout, stderr)` pair with demux, a stream, or a socket."""
        return self[1]

    def __repr__(self) -> str:
        # named after the class, as a namedtuple's repr is (a subclass such as testcontainers' shows its own name)
        return f"{type(self).__name__}(exit_code={self[0]!r}, output={self[1]!r})"


class ExecResult(_ExecOutcome):
    """What `Container.exec_run()` returns: `(exit_code, output)`, also by name.

    With `stream` or `socket` the command is still running when the call returns: `exit_code` is then None,
    and `wait()` gives the exit status once the command has ended. With `detach`, `exit_code` is the status if
    the command had already ended when the call returned, else None (then `wait()`).
    """

    def wait(self, interval: float = 0.05) -> int | None:
        """The exit status, once the command has ended (for stream, socket or detach: read the output first)."""
        if self[0] is not None or self.exec_id is None:
            return self[0]  # type: ignore[no-any-return]
        while True:
            state = self._api.exec_inspect(self.exec_id)
            if not state.get("Running"):
                return state.get("ExitCode")  # type: ignore[no-any-return]
            time.sleep(interval)


class AsyncExecResult(_ExecOutcome):
    """`ExecResult` of `AsyncDockerClient`: `await result.wait()` gives the exit status."""

    async def wait(self, interval: float = 0.05) -> int | None:
        """The exit status, once the command has ended."""
        import asyncio  # not at import time: `import dockerapi` stays light
        if self[0] is not None or self.exec_id is None:
            return self[0]  # type: ignore[no-any-return]
        while True:
            state = await self._api.exec_inspect(self.exec_id)
            if not state.get("Running"):
                return state.get("ExitCode")  # type: ignore[no-any-return]
            await asyncio.sleep(interval)


class RunOutput:
    """`containers.run(stream=True)`: the container's output as it writes it; at its end, the exit status
    is read (ContainerError when it is not 0) and the container removed when asked."""

    def __init__(self, api: Any, output: Any, finish: Any) -> None:
        self._api = api
        self._stream = output
        self._output = iter(output)
        self._finish = finish  # a plan of _object_plans, run once the output has ended

    def __iter__(self) -> RunOutput:
        return self

    def __next__(self) -> bytes:
        try:
            return next(self._output)  # type: ignore[no-any-return]
        except StopIteration:
            finish, self._finish = self._finish, None
            if finish is not None:
                self._api._run(finish, "containers.run")
            raise

    def close(self) -> None:
        """Stop reading (the container keeps running)."""
        self._finish = None
        self._stream.close()

    def __enter__(self) -> RunOutput:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncRunOutput:
    """`RunOutput` of `AsyncDockerClient`: an async iterator."""

    def __init__(self, api: Any, output: Any, finish: Any) -> None:
        self._api = api
        self._stream = output
        self._output = output.__aiter__()
        self._finish = finish

    def __aiter__(self) -> AsyncRunOutput:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self._output.__anext__()  # type: ignore[no-any-return]
        except StopAsyncIteration:
            finish, self._finish = self._finish, None
            if finish is not None:
                await self._api._run(finish, "containers.run")
            raise

    async def close(self) -> None:
        """Stop reading (the container keeps running)."""
        self._finish = None
        await self._stream.close()

    async def __aenter__(self) -> AsyncRunOutput:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


_R = TypeVar("_R")


class _ImageStreamBase(Generic[_R]):
    """The daemon's progress messages of a build or a pull, and what they made once they have ended."""

    def __init__(self, api: Any, messages: Any, finish: Any) -> None:
        self._api = api
        self._stream = messages
        # finish(log): a plan of _object_plans that reads the whole log and gives the result (or raises)
        self._finish = finish
        self._done = False
        self._result: Any = None
        self._error: BaseException | None = None
        #: the messages read so far (all of them once the stream has ended)
        self.log: list[dict[str, Any]] = []

    def _outcome(self) -> _R:
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[no-any-return]


class ImageStream(_ImageStreamBase[_R]):
    """What the typed `images.build()` (and `images.pull(stream=True)`) return: iterate it for the daemon's
    messages as they arrive (dicts, as `dockerapi.progress.show_progress` takes them); `result()` then
    gives the image (reading what is left of the messages first), or raises what the build or pull
    reported (`BuildError`, `StreamError`). Every message read stays in `log`."""

    def __init__(self, api: Any, messages: Any, finish: Any) -> None:
        super().__init__(api, messages, finish)
        self._messages = iter(messages)

    def __iter__(self) -> ImageStream[_R]:
        return self

    def __next__(self) -> dict[str, Any]:
        if self._done:
            raise StopIteration
        try:
            message: dict[str, Any] = next(self._messages)
        except StopIteration:
            self._end()
            raise
        self.log.append(message)
        return message

    def _end(self) -> None:
        self._done = True
        try:
            self._result = self._api._run(self._finish(self.log))
        except Exception as exc:  # kept for result(): the iteration itself ends normally
            self._error = exc

    def result(self) -> _R:
        """The image (a list of them for `pull(all_tags=True)`), once every message has been read."""
        for _ in self:
            pass
        return self._outcome()

    def close(self) -> None:
        """Stop reading (a build goes on on the daemon)."""
        self._done = True
        self._stream.close()

    def __enter__(self) -> ImageStream[_R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncImageStream(_ImageStreamBase[_R]):
    """`ImageStream` of `AsyncDockerClient`: `async for message in ...`, then `await ....result()`."""

    def __init__(self, api: Any, messages: Any, finish: Any) -> None:
        super().__init__(api, messages, finish)
        self._messages = messages.__aiter__()

    def __aiter__(self) -> AsyncImageStream[_R]:
        return self

    async def __anext__(self) -> dict[str, Any]:
        if self._done:
            raise StopAsyncIteration
        try:
            message: dict[str, Any] = await self._messages.__anext__()
        except StopAsyncIteration:
            await self._end()
            raise
        self.log.append(message)
        return message

    async def _end(self) -> None:
        self._done = True
        try:
            self._result = await self._api._run(self._finish(self.log))
        except Exception as exc:  # kept for result(): the iteration itself ends normally
            self._error = exc

    async def result(self) -> _R:
        """The image (a list of them for `pull(all_tags=True)`), once every message has been read."""
        async for _ in self:
            pass
        return self._outcome()

    async def close(self) -> None:
        """Stop reading (a build goes on on the daemon)."""
        self._done = True
        await self._stream.close()

    async def __aenter__(self) -> AsyncImageStream[_R]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


_C = TypeVar("_C", bound="DockerClientBase")


class DockerClientBase:
    """What the object clients of every face share: the low-level client they wrap (`api`)."""

    # the low-level client class of the face (set by the generated subclass)
    _api_class: ClassVar[Any] = None
    # True for the typed faces (results as models; run(detach=True) answers after the start)
    _typed: ClassVar[bool] = True
    api: Any

    def __init__(self, base_url: str | None = None, version: str | None = "auto", timeout: float | None = DEFAULT_TIMEOUT,
                 tls: bool | TLSConfig = False, **options: Unpack[ClientOptions]) -> None:
        """Connect to a Docker daemon; the arguments are those of the face's low-level client (`api`): `Client`'s
        constructor says what each does. The typed faces send nothing before the first call; the classic face asks
        for the daemon's API version now (unless `version` pins one), as docker-py's does."""
        self.api = self._api_class(base_url, version, timeout, tls, **options)
        self._negotiate_now()

    def _negotiate_now(self) -> None:
        # docker-py's DockerClient asks the daemon for its API version as it is made, so `try: docker.from_env()
        # except DockerException:` tells at once whether a daemon answers; the classic face does the same
        if not self._typed:
            self.api.negotiate()  # no request when a version is pinned

    @classmethod
    def _wrapping(cls: type[_C], api: Any) -> _C:
        client = cls.__new__(cls)
        client.api = api
        client._negotiate_now()
        return client

    @classmethod
    def from_env(cls: type[_C], *, environment: Mapping[str, str] | None = None, use_context: bool = True,
                 **kwargs: Unpack[ClientSettings]) -> _C:
        """A client set up like the docker CLI: DOCKER_HOST (with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH),
        else DOCKER_CONTEXT or the current context (`use_context=False` skips the contexts), else the default
        socket. Keywords override what it found (the low-level client's `from_env`, wrapped)."""
        return cls._wrapping(cls._api_class.from_env(environment=environment, use_context=use_context, **kwargs))

    @classmethod
    def from_context(cls: type[_C], name: str | None = None, **kwargs: Unpack[ClientSettings]) -> _C:
        """A client for the Docker CLI context `name`: None means the current one (DOCKER_CONTEXT, else the
        config's currentContext), "default" the default socket. Keywords override what it found."""
        return cls._wrapping(cls._api_class.from_context(name, **kwargs))

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.api.base_url}>"


class SyncDockerClientBase(DockerClientBase):
    _exec_result: ClassVar[type[Any]] = ExecResult

    def _run_output(self, output: Any, finish: Any) -> RunOutput:
        return RunOutput(self.api, output, finish)

    def _image_stream(self, messages: Any, finish: Any) -> ImageStream[Any]:
        return ImageStream(self.api, messages, finish)
    def close(self) -> None:
        """Close the connections to the daemon (streams and sockets handed out end too)."""
        self.api.close()

    def __enter__(self: _C) -> _C:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncDockerClientBase(DockerClientBase):
    _exec_result: ClassVar[type[Any]] = AsyncExecResult

    def _run_output(self, output: Any, finish: Any) -> AsyncRunOutput:
        return AsyncRunOutput(self.api, output, finish)

    def _image_stream(self, messages: Any, finish: Any) -> AsyncImageStream[Any]:
        return AsyncImageStream(self.api, messages, finish)
    async def close(self) -> None:
        """Close the connections to the daemon (streams and sockets handed out end too)."""
        await self.api.close()

    async def __aenter__(self: _C) -> _C:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
