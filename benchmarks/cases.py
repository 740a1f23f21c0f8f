"""The cases: for each, one callable per competitor doing the same work against the same daemon.

A callable does `ops` operations (or reads one stream) and returns the number of payload bytes
(or items) it got, which the runner keeps so competitors can be checked for doing equal work.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import docker
import dockerapi
import dockerapi.classic

from .floor import AsyncRawClient, RawClient

DOCKERAPI, DOCKERPY, AIODOCKER, FLOOR = "dockerapi", "docker-py", "aiodocker", "floor"
COMPETITORS = (DOCKERAPI, DOCKERPY, AIODOCKER, FLOOR)


@dataclass
class Target:
    """`dockerapi` against `against` (a competitor, or "absolute"), compared with `op` to `value`.

    metric: "time" (time ratio, lower is better), "speed" (throughput ratio, higher is better), or
    the absolute metric named by the case's unit.
    """

    against: str
    op: str
    value: float
    text: str

    def met(self, measured: float | None) -> bool | None:
        if measured is None:
            return None
        return {"<=": measured <= self.value, "<": measured < self.value, ">=": measured >= self.value}[self.op]


@dataclass
class Sizes:
    containers: int = 400
    logs_80: int = 40_000_000
    logs_1k: int = 100_000_000
    big_file: int = 200_000_000
    memory_logs: int = 1_000_000_000
    small_ops: int = 100  # ping per sample; inspect uses half, containers(all) a tenth
    concurrency: int = 50
    clients: int = 1000  # Client objects kept alive by the memory_clients case


@dataclass
class Case:
    name: str
    title: str
    kind: str  # "time": per-operation time; "stream": MB/s; "subprocess": its own runner
    rounds: int
    targets: list[Target]
    ops: int = 1
    unit: str = "us"
    setup: Callable[[Context], tuple[int, dict[str, Callable[[], int]]]] | None = None
    warmup: bool = True
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class Context:
    """Clients and fixtures shared by the cases of one run."""

    def __init__(self, socket_path: str, api: str, sizes: Sizes, fixtures: Any) -> None:
        self.socket_path = socket_path
        self.base_url = f"unix://{socket_path}"
        self.api = api
        self.sizes = sizes
        self.fixtures = fixtures
        self.made: dict[str, Any] = {}
        self.dockerapi = dockerapi.Client(self.base_url)
        self.classic = dockerapi.classic.Client(self.base_url)
        self.dockerpy = docker.APIClient(base_url=self.base_url, version="auto", timeout=600)
        self.floor = RawClient(socket_path, api)
        self.loop = asyncio.new_event_loop()
        self.closers: list[Callable[[], Any]] = []

    def need(self, name: str, make: Callable[[], Any]) -> Any:
        if name not in self.made:
            self.made[name] = make()
        return self.made[name]

    def run(self, coroutine: Any) -> Any:
        return self.loop.run_until_complete(coroutine)

    @property
    def aclient(self) -> dockerapi.AsyncClient:
        """dockerapi's AsyncClient, made on the run's event loop."""
        def make() -> dockerapi.AsyncClient:
            client = dockerapi.AsyncClient(self.base_url)
            self.closers.append(lambda: self.run(client.close()))
            return client
        return self.need("aclient", make)  # type: ignore[no-any-return]

    @property
    def aiodocker(self) -> Any:
        """aiodocker's Docker (aiohttp), made inside the run's event loop as aiohttp wants."""
        def make() -> Any:
            import aiodocker

            async def opened() -> Any:
                return aiodocker.Docker(url=self.base_url)
            client = self.run(opened())
            self.closers.append(lambda: self.run(client.close()))
            return client
        return self.need("aiodocker", make)

    def close(self) -> None:
        for closer in reversed(self.closers):
            try:
                closer()
            except Exception:
                pass
        self.dockerapi.close()
        self.classic.close()
        self.dockerpy.close()
        self.floor.close()
        self.loop.close()


async def aiodocker_ping(client: Any) -> bool:
    """aiodocker has no public ping: its request method, as its own version() uses, on GET /_ping."""
    async with client._query("_ping", versioned_api=False) as response:
        return await response.read() == b"OK"  # type: ignore[no-any-return]


# --- small calls ----------------------------------------------------------------------------------


def _ping(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
    n = ctx.sizes.small_ops
    api, dp, aio, raw = ctx.dockerapi, ctx.dockerpy, ctx.aiodocker, ctx.floor

    def a() -> int:
        for _ in range(n):
            api.ping()
        return n

    def d() -> int:
        for _ in range(n):
            dp.ping()
        return n

    def io() -> int:  # n calls one after the other in one event loop run: the loop's start is not counted n times
        async def calls() -> int:
            for _ in range(n):
                await aiodocker_ping(aio)
            return n
        return ctx.run(calls())  # type: ignore[no-any-return]

    def f() -> int:
        for _ in range(n):
            raw.ping()
        return n

    return n, {DOCKERAPI: a, DOCKERPY: d, AIODOCKER: io, FLOOR: f}


def _inspect(classic: bool) -> Callable[[Context], tuple[int, dict[str, Callable[[], int]]]]:
    def setup(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
        n = max(ctx.sizes.small_ops // 2, 10)
        target = ctx.need("inspect_target", ctx.fixtures.inspect_target)
        api = ctx.classic if classic else ctx.dockerapi
        dp, aio, raw = ctx.dockerpy, ctx.aiodocker, ctx.floor
        path = f"/containers/{target}/json"

        def a() -> int:
            for _ in range(n):
                api.inspect_container(target)
            return n

        def d() -> int:
            for _ in range(n):
                dp.inspect_container(target)
            return n

        def io() -> int:
            async def calls() -> int:
                for _ in range(n):
                    await aio.containers.get(target)
                return n
            return ctx.run(calls())  # type: ignore[no-any-return]

        def f() -> int:
            for _ in range(n):
                raw.get_json(path)
            return n

        return n, {DOCKERAPI: a, DOCKERPY: d, AIODOCKER: io, FLOOR: f}

    return setup


def _containers(classic: bool) -> Callable[[Context], tuple[int, dict[str, Callable[[], int]]]]:
    def setup(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
        n = max(ctx.sizes.small_ops // 10, 3)
        ctx.need("stopped", lambda: ctx.fixtures.stopped_containers(ctx.sizes.containers))
        api = ctx.classic if classic else ctx.dockerapi
        dp, aio, raw = ctx.dockerpy, ctx.aiodocker, ctx.floor

        def a() -> int:
            return sum(len(api.containers(all=True)) for _ in range(n))

        def d() -> int:
            return sum(len(dp.containers(all=True)) for _ in range(n))

        def io() -> int:
            async def calls() -> int:
                return sum([len(await aio.containers.list(all=True)) for _ in range(n)])
            return ctx.run(calls())  # type: ignore[no-any-return]

        def f() -> int:
            return sum(len(raw.get_json("/containers/json?all=1")) for _ in range(n))

        return n, {DOCKERAPI: a, DOCKERPY: d, AIODOCKER: io, FLOOR: f}

    return setup


# --- streams --------------------------------------------------------------------------------------


def _logs(size_attr: str, line: int) -> Callable[[Context], tuple[int, dict[str, Callable[[], int]]]]:
    def setup(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
        total = getattr(ctx.sizes, size_attr)
        container = ctx.need(f"logs_{line}", lambda: ctx.fixtures.log_container(total, line))
        api, dp, raw = ctx.dockerapi, ctx.dockerpy, ctx.floor
        path = f"/containers/{container}/logs?stdout=1&stderr=1&follow=0"

        def a() -> int:
            n = 0
            for payload in api.logs(container, stream=True, follow=False):
                n += len(payload)
            return n

        def d() -> int:
            n = 0
            for payload in dp.logs(container, stream=True, follow=False):
                n += len(payload)
            return n

        def f() -> int:
            n = 0
            for payload in raw.frames(path):
                n += len(payload)
            return n

        return 1, {DOCKERAPI: a, DOCKERPY: d, FLOOR: f}

    return setup


def _logs_async(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
    """dockerapi's AsyncClient and aiodocker against the (sync) floor, on the 80-byte-line logs."""
    container = ctx.need("logs_80", lambda: ctx.fixtures.log_container(ctx.sizes.logs_80, 80))
    aclient, aio, raw = ctx.aclient, ctx.aiodocker, ctx.floor
    path = f"/containers/{container}/logs?stdout=1&stderr=1&follow=0"

    def a() -> int:
        async def read() -> int:
            n = 0
            async for payload in await aclient.logs(container, stream=True, follow=False):
                n += len(payload)
            return n
        return ctx.run(read())  # type: ignore[no-any-return]

    def io() -> int:
        # aiodocker streams only with follow=True (follow=False collects a list); the container has
        # exited, so the stream ends with its output. It yields str (decoded UTF-8): the lines are ASCII.
        async def read() -> int:
            n = 0
            box = aio.containers.container(container)
            async for line in box.log(stdout=True, stderr=True, follow=True):
                n += len(line)
            return n
        return ctx.run(read())  # type: ignore[no-any-return]

    def f() -> int:
        n = 0
        for payload in raw.frames(path):
            n += len(payload)
        return n

    return 1, {DOCKERAPI: a, AIODOCKER: io, FLOOR: f}


def _big_file(ctx: Context) -> str:
    return ctx.need("big_file", lambda: ctx.fixtures.file_container(ctx.sizes.big_file))  # type: ignore[no-any-return]


def _get_archive(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
    container = _big_file(ctx)
    api, dp, raw = ctx.dockerapi, ctx.dockerpy, ctx.floor

    def a() -> int:
        stream, _ = api.get_archive(container, "/big")
        return sum(len(chunk) for chunk in stream)

    def d() -> int:
        stream, _ = dp.get_archive(container, "/big")
        return sum(len(chunk) for chunk in stream)

    def f() -> int:
        return sum(len(chunk) for chunk in raw.raw(f"/containers/{container}/archive?path=/big"))

    return 1, {DOCKERAPI: a, DOCKERPY: d, FLOOR: f}


def _export(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
    container = _big_file(ctx)
    api, dp, raw = ctx.dockerapi, ctx.dockerpy, ctx.floor

    def a() -> int:
        return sum(len(chunk) for chunk in api.export(container))

    def d() -> int:
        return sum(len(chunk) for chunk in dp.export(container))

    def f() -> int:
        return sum(len(chunk) for chunk in raw.raw(f"/containers/{container}/export"))

    return 1, {DOCKERAPI: a, DOCKERPY: d, FLOOR: f}


_READ = 65536  # the same read size for all three: what a user of a hijacked socket picks


def _exec(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
    container = _big_file(ctx)
    api, dp, raw = ctx.dockerapi, ctx.dockerpy, ctx.floor
    cmd = ["cat", "/big"]

    def a() -> int:
        exec_id = api.exec_create(container, cmd)
        n = 0
        with api.exec_start(exec_id, socket=True) as sock:
            while True:
                data = sock.recv(_READ)
                if not data:
                    return n
                n += len(data)

    def d() -> int:
        exec_id = dp.exec_create(container, cmd)
        sock = dp.exec_start(exec_id, socket=True)
        n = 0
        try:
            while True:
                data = sock.read(_READ)
                if not data:
                    return n
                n += len(data)
        finally:
            sock.close()

    def f() -> int:
        exec_id = raw.post_json(f"/containers/{container}/exec",
                                {"Cmd": cmd, "AttachStdout": True, "AttachStderr": True})["Id"]
        sock = raw.hijack(f"/exec/{exec_id}/start", {"Detach": False, "Tty": False})
        n = 0
        try:
            while True:
                data = sock.recv(_READ)
                if not data:
                    return n
                n += len(data)
        finally:
            sock.close()

    return 1, {DOCKERAPI: a, DOCKERPY: d, FLOOR: f}


# --- concurrency and start-up ---------------------------------------------------------------------


def _concurrent(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
    n = ctx.sizes.concurrency
    target = ctx.need("inspect_target", ctx.fixtures.inspect_target)
    aclient, aio = ctx.aclient, ctx.aiodocker
    araw = AsyncRawClient(ctx.socket_path, ctx.api)
    # docker-py's default pool keeps 10 connections and drops the rest; give it one per thread.
    dp = docker.APIClient(base_url=ctx.base_url, version="auto", max_pool_size=n)
    pool = concurrent.futures.ThreadPoolExecutor(n)
    ctx.closers += [lambda: ctx.run(araw.close()), dp.close, pool.shutdown]
    path = f"/containers/{target}/json"

    def a() -> int:
        async def batch() -> list[Any]:
            return await asyncio.gather(*(aclient.inspect_container(target) for _ in range(n)))
        return len(ctx.run(batch()))

    def d() -> int:
        return len(list(pool.map(lambda _: dp.inspect_container(target), range(n))))

    def io() -> int:
        async def batch() -> list[Any]:
            return await asyncio.gather(*(aio.containers.get(target) for _ in range(n)))
        return len(ctx.run(batch()))

    def f() -> int:
        async def batch() -> list[Any]:
            return await asyncio.gather(*(araw.get_json(path) for _ in range(n)))
        return len(ctx.run(batch()))

    return 1, {DOCKERAPI: a, DOCKERPY: d, AIODOCKER: io, FLOOR: f}


def _construction(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
    n = 100
    made: list[Any] = []
    url, path = ctx.base_url, ctx.socket_path

    def a() -> int:
        for _ in range(n):
            made.append(dockerapi.Client(url))
        return n

    def d() -> int:
        # a pinned version: docker-py's "auto" would call GET /version inside the constructor
        for _ in range(n):
            made.append(docker.APIClient(base_url=url, version="1.41"))
        return n

    def f() -> int:
        for _ in range(n):
            made.append(RawClient(path))
        return n

    def after() -> None:
        for client in made:
            client.close()
        made.clear()

    ctx.closers.append(after)
    return n, {DOCKERAPI: a, DOCKERPY: d, FLOOR: f}


# --- the object API ---------------------------------------------------------------------------------


_LISTED = 100  # containers.list(all=True, limit=100): one list, then 100 inspects


def _object_client(ctx: Context, face: str) -> Any:
    """One object client per face for the run (docker-py's, classic, typed, async), closed at its end."""
    def make() -> Any:
        if face == "docker-py":
            client: Any = docker.DockerClient(base_url=ctx.base_url, version="auto")
        elif face == "classic":
            client = dockerapi.classic.DockerClient(base_url=ctx.base_url)
        elif face == "typed":
            client = dockerapi.DockerClient(ctx.base_url)
        else:
            client = dockerapi.AsyncDockerClient(ctx.base_url)
            ctx.closers.append(lambda: ctx.run(client.close()))
            return client
        ctx.closers.append(client.close)
        return client
    return ctx.need(f"objects-{face}", make)


def _objects_list(face: str) -> Callable[[Context], tuple[int, dict[str, Callable[[], int]]]]:
    def setup(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
        ctx.need("stopped", lambda: ctx.fixtures.stopped_containers(ctx.sizes.containers))
        theirs = _object_client(ctx, "docker-py")

        def d() -> int:
            return len(theirs.containers.list(all=True, limit=_LISTED))

        if face == "async":
            mine_async = _object_client(ctx, "async")

            def a() -> int:
                async def listed() -> int:
                    return len(await mine_async.containers.list(all=True, limit=_LISTED))
                return ctx.run(listed())  # type: ignore[no-any-return]
        else:
            mine = _object_client(ctx, face)

            def a() -> int:
                return len(mine.containers.list(all=True, limit=_LISTED))

        return 1, {DOCKERAPI: a, DOCKERPY: d}

    return setup


def _objects_reload(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
    n = max(ctx.sizes.small_ops // 2, 3)
    target = ctx.need("stopped", lambda: ctx.fixtures.stopped_containers(ctx.sizes.containers))[0]
    theirs = _object_client(ctx, "docker-py")
    mine = _object_client(ctx, "classic")
    their_container, my_container = theirs.containers.get(target), mine.containers.get(target)

    def a() -> int:
        for _ in range(n):
            my_container.reload()
        return len(my_container.attrs)

    def d() -> int:
        for _ in range(n):
            their_container.reload()
        return len(their_container.attrs)

    return n, {DOCKERAPI: a, DOCKERPY: d}


def _objects_run(ctx: Context) -> tuple[int, dict[str, Callable[[], int]]]:
    theirs = _object_client(ctx, "docker-py")
    mine = _object_client(ctx, "classic")

    def a() -> int:
        return len(mine.containers.run("busybox:latest", "true", remove=True))

    def d() -> int:
        return len(theirs.containers.run("busybox:latest", "true", remove=True))

    return 1, {DOCKERAPI: a, DOCKERPY: d}


def all_cases(quick: bool) -> list[Case]:
    small_rounds = 5 if quick else 21
    # calls of a few hundred microseconds: one sample (50-100 calls) of any client varies up to 2x within a run
    # on this shared host, which left the median ratio ~7 % uncertain at 21 rounds (two runs with the same inspect
    # path: typed inspect 1.05x and 1.23x the floor); a round of these costs ~0.1 s, so 3x the rounds for sqrt(3)
    call_rounds = 5 if quick else 61
    stream_rounds = 3 if quick else 5
    # archives, export and exec output are bound by the daemon's tar/cat, whose speed varies 1.5x from one
    # read to the next on this machine: more rounds (about 2 s each) for a steadier median
    big_rounds = 5 if quick else 11
    return [
        Case("ping", "ping()", "time", call_rounds,
             [Target(FLOOR, "<=", 1.10, "wall <= 1.10x floor"), Target(DOCKERPY, "<=", 0.5, "wall <= 0.5x docker-py")],
             unit="us", setup=_ping),
        Case("inspect_container", "inspect_container(), typed model", "time", call_rounds,
             [Target(FLOOR, "<=", 1.15, "wall <= 1.15x floor"), Target(DOCKERPY, "<=", 0.5, "wall <= 0.5x docker-py")],
             unit="us", setup=_inspect(classic=False)),
        Case("inspect_classic", "inspect_container() from dockerapi.classic (plain dict)", "time", call_rounds,
             [Target(FLOOR, "<=", 1.10, "wall <= 1.10x floor")], unit="us", setup=_inspect(classic=True)),
        Case("containers_all", "containers(all=True), 400 containers, typed models", "time", small_rounds,
             [Target(DOCKERPY, "<=", 1.0, "wall <= 1.0x docker-py")], unit="ms", setup=_containers(classic=False)),
        Case("containers_classic", "containers(all=True), 400 containers, dockerapi.classic", "time", small_rounds,
             [Target(FLOOR, "<=", 1.05, "wall <= 1.05x floor")], unit="ms", setup=_containers(classic=True)),
        # the slowest case (daemon-bound, ~30 s a round on 2 cores): 3 rounds keep the run under 10 minutes
        Case("logs_80", "logs(stream=True), 80-byte lines", "stream", 3,
             [Target(FLOOR, ">=", 0.8, "MB/s >= 0.8x floor")], setup=_logs("logs_80", 80), warmup=False),
        Case("logs_80_async", "AsyncClient logs(stream=True), 80-byte lines (floor: sync)", "stream", 3,
             [Target(FLOOR, ">=", 0.9, "MB/s >= 0.9x floor"), Target(AIODOCKER, ">=", 1.5, "MB/s >= 1.5x aiodocker")],
             setup=_logs_async, warmup=False,
             notes="aiodocker: container.log(follow=True) on the exited container (its only streaming form), str "
                   "per frame; floor: the sync raw client"),
        Case("logs_1k", "logs(stream=True), 1 KB lines", "stream", stream_rounds,
             [Target(FLOOR, ">=", 0.9, "MB/s >= 0.9x floor")], setup=_logs("logs_1k", 1024), warmup=False),
        Case("get_archive", "get_archive(), one big file", "stream", big_rounds,
             [Target(FLOOR, ">=", 0.95, "MB/s >= 0.95x floor")], setup=_get_archive, warmup=False),
        Case("export", "export()", "stream", big_rounds,
             [Target(FLOOR, ">=", 0.95, "MB/s >= 0.95x floor")], setup=_export, warmup=False),
        Case("exec_socket", "exec_start(socket=True) output, cat of the big file", "stream", big_rounds,
             [Target(FLOOR, ">=", 0.95, "MB/s >= 0.95x floor")], setup=_exec, warmup=False),
        Case("concurrent_inspect", "50 concurrent inspect_container()", "time", call_rounds,
             [Target(FLOOR, "<=", 1.1, "wall <= 1.1x floor"), Target(AIODOCKER, "<=", 0.7, "wall <= 0.7x aiodocker"),
              Target(DOCKERPY, "<=", 1.0, "wall <= docker-py with 50 threads")], unit="ms", setup=_concurrent,
             notes="dockerapi: AsyncClient + asyncio.gather; aiodocker: containers.get + asyncio.gather; docker-py: "
                   "ThreadPoolExecutor(50), max_pool_size=50; floor: asyncio unix streams, pool of keep-alive "
                   "connections"),
        Case("objects_list_classic", "containers.list(all=True, limit=100), dockerapi.classic.DockerClient", "time",
             small_rounds, [Target(DOCKERPY, "<=", 0.2, "wall <= 0.2x docker-py")], unit="ms",
             setup=_objects_list("classic"),
             notes="docker-py: one list, then one inspect after the other; dockerapi: the inspects pipelined on 4 connections"),
        Case("objects_list_typed", "containers.list(all=True, limit=100), typed DockerClient", "time",
             small_rounds, [Target(DOCKERPY, "<=", 0.3, "wall <= 0.3x docker-py")], unit="ms",
             setup=_objects_list("typed")),
        Case("objects_list_async", "containers.list(all=True, limit=100), AsyncDockerClient", "time",
             small_rounds, [Target(DOCKERPY, "<=", 0.2, "wall <= 0.2x docker-py")], unit="ms",
             setup=_objects_list("async")),
        Case("objects_reload", "Container.reload(), dockerapi.classic", "time", call_rounds,
             [Target(DOCKERPY, "<=", 0.4, "wall <= 0.4x docker-py")], unit="us", setup=_objects_reload),
        Case("objects_run", "containers.run('busybox', 'true', remove=True), dockerapi.classic", "time",
             3 if quick else 7, [Target(DOCKERPY, "<=", 0.9, "wall <= 0.9x docker-py")], unit="ms",
             setup=_objects_run, notes="end to end: create, start, wait, logs, remove; the daemon dominates"),
        Case("construction", "Client() for a unix socket", "time", small_rounds,
             [Target("absolute", "<", 1000.0, "dockerapi < 1 ms")], unit="us", setup=_construction,
             notes="docker-py with version='1.41' pinned (its 'auto' calls GET /version in the constructor)"),
        # the cold starts: 31 fresh processes each in a full run (11 left the median ~10 % apart from run to run
        # on this shared host; a round of the four is about half a second)
        Case("cold_start", "cold start: import, construct, ping()", "subprocess", 4 if quick else 31,
             [Target(DOCKERPY, "<=", 0.8, "wall <= 0.8x docker-py")], unit="ms"),
        Case("cold_start_typed", "cold start: import, construct, first inspect_container() (typed), close",
             "subprocess", 4 if quick else 31, [Target(DOCKERPY, "<=", 1.0, "wall <= 1.0x docker-py")], unit="ms",
             notes="the first typed call, sync: dockerapi Client (negotiates with /_ping) vs docker-py APIClient "
                   "(/version in its constructor, a dict result); floor: the raw client"),
        Case("cold_start_async", "cold start, async: import, construct, first inspect_container()", "subprocess",
             4 if quick else 31, [Target(AIODOCKER, "<=", 1.0, "wall <= 1.0x aiodocker")], unit="ms",
             notes="dockerapi AsyncClient (negotiates with /_ping) vs aiodocker (negotiates with /version), "
                   "both inside asyncio.run; floor: asyncio unix streams"),
        Case("memory", "RSS growth streaming logs of 1 KB lines", "subprocess", 1,
             [Target("absolute", "<=", 20.0, "dockerapi <= 20 MB")], unit="MB"),
        Case("memory_clients", "1,000 Client objects alive", "subprocess", 3 if quick else 5,
             [Target("absolute", "<=", 20.0, "dockerapi <= 20 MB")], unit="MB",
             notes="RSS growth (after gc) from 1,000 constructed clients, after the import and one client made; "
                   "tracemalloc's count of the same in the JSON"),
    ]
