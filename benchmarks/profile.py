"""python -m benchmarks.profile [--cases a,b] [--out benchmarks/results/profiles]

Where dockerapi's time goes in a case: the dockerapi callable of the case is run under cProfile
(own time per function, and summed per package: httpx, httpcore, h11, pydantic, dockerapi, the
standard library, C builtins) and under pyinstrument when it is installed (a wall-clock call tree).
cold_start is profiled with `python -X importtime` in a fresh interpreter. Data sizes are the
--quick ones; this is for reading, not for the results table.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import subprocess
import sys
import time
from collections import defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cases import Context

_PACKAGES = ("dockerapi", "httpx", "httpcore", "h11", "pydantic_core", "pydantic", "anyio", "docker",
             "requests", "urllib3", "benchmarks")


def _package(filename: str) -> str:
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins (C: socket, bytes, json, ...)"
    parts = filename.replace("\\", "/").split("/")
    for name in _PACKAGES:
        if name in parts:
            return name if name != "generated" else "dockerapi"
    return "stdlib / other"


def by_package(stats: pstats.Stats) -> list[tuple[str, float]]:
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        totals[_package(filename)] += tottime
    return sorted(totals.items(), key=lambda item: -item[1])


def profile_callable(name: str, fn: Any, repeat: int) -> str:
    out = io.StringIO()
    fn()  # warm: imports, negotiation, pools
    profiler = cProfile.Profile()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    profiler.enable()
    for _ in range(repeat):
        fn()
    profiler.disable()
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    stats = pstats.Stats(profiler)
    total = sum(t for _, t in by_package(stats)) or 1.0
    out.write(f"# {name}: dockerapi, {repeat} run(s) under cProfile: wall {wall:.3f} s, CPU {cpu:.3f} s\n\n")
    out.write("## own time by package (cProfile tottime)\n\n")
    for package, seconds in by_package(stats):
        out.write(f"  {seconds:8.3f} s  {seconds / total:6.1%}  {package}\n")
    out.write("\n## top functions by own time (cProfile)\n\n")
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).strip_dirs().sort_stats("tottime").print_stats(25)
    out.write("\n".join(line for line in text.getvalue().splitlines() if line.strip())[:8000] + "\n")
    try:
        from pyinstrument import Profiler
    except ImportError:
        out.write("\n(pyinstrument is not installed: no call tree)\n")
        return out.getvalue()
    profiler2 = Profiler(interval=0.0002, async_mode="disabled")
    profiler2.start()
    for _ in range(repeat):
        fn()
    session = profiler2.stop()
    tree = profiler2.output_text(unicode=False, color=False, show_all=False) if session else ""
    lines = tree.splitlines()
    out.write("\n## call tree (pyinstrument, wall clock; first 80 lines)\n\n")
    out.write("\n".join(lines[:80]) + "\n")
    return out.getvalue()


def profile_cold_start(ctx: Context, asynchronous: bool = False, typed: bool = False) -> str:
    import dockerapi

    script = f"from dockerapi import Client\nc = Client({ctx.base_url!r})\nc.ping()\n"
    title = "from dockerapi import Client; Client(...).ping()"
    if typed:
        target = ctx.need("inspect_target", ctx.fixtures.inspect_target)
        script = f"from dockerapi import Client\nc = Client({ctx.base_url!r})\nc.inspect_container({target!r})\nc.close()\n"
        title = "from dockerapi import Client; Client(...).inspect_container(...)"
    if asynchronous:
        target = ctx.need("inspect_target", ctx.fixtures.inspect_target)
        script = (f"import asyncio\nfrom dockerapi import AsyncClient\nasync def main():\n"
                  f"    c = AsyncClient({ctx.base_url!r})\n    await c.inspect_container({target!r})\n"
                  f"    await c.close()\nasyncio.run(main())\n")
        title = "AsyncClient(...): await inspect_container(...), in asyncio.run"
    root = os.path.dirname(os.path.dirname(os.path.abspath(dockerapi.__file__)))
    from . import child

    env = child._child_env()  # as the cold_start case runs: from bytecode, like an installed package
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    child.IMPORT_ROOT = root
    child.prepare_bytecode()
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", script], capture_output=True, text=True,
                          timeout=60, env=env)
    rows = []  # (cumulative us, self us, name as printed, indented by depth)
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative, name = line[len("import time:"):].split("|", 2)
        rows.append((int(cumulative), int(self_us), name.rstrip()))
    total_self = sum(r[1] for r in rows)
    out = io.StringIO()
    case = "cold_start_async" if asynchronous else "cold_start_typed" if typed else "cold_start"
    out.write(f"# {case}: python -X importtime -c '{title}'\n\n")
    out.write(f"sum of self import times: {total_self / 1000:.1f} ms\n\n## self import time summed by top-level package\n\n")
    top = defaultdict(int)
    for _, self_us, name in rows:
        root = name.strip().split(".")[0]
        top[root] += self_us
    for root, us in sorted(top.items(), key=lambda item: -item[1])[:20]:
        out.write(f"  {us / 1000:8.1f} ms  {root}\n")
    out.write("\n## largest single imports by cumulative time\n\n")
    for cumulative, self_us, name in sorted(rows, key=lambda r: -r[0])[:30]:
        out.write(f"  {cumulative / 1000:8.1f} ms cumulative {self_us / 1000:7.1f} ms self  {name}\n")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile")
    parser.add_argument("--cases", default="ping,inspect_container,inspect_classic,containers_all,containers_classic,"
                                            "logs_80,logs_80_async,logs_1k,get_archive,export,concurrent_inspect,"
                                            "cold_start,cold_start_typed,cold_start_async")
    parser.add_argument("--out", default="benchmarks/results/profiles")
    parser.add_argument("--socket", default=None)
    parser.add_argument("--snapshot", metavar="REV", help="profile generated/dockerapi as committed at REV")
    args = parser.parse_args(argv)

    from .__main__ import _socket_path, snapshot

    if args.snapshot:
        root, commit = snapshot(args.snapshot)
        sys.path.insert(0, root)
        print(f"profiling dockerapi at {commit}")
    from .cases import DOCKERAPI, Context, Sizes, all_cases
    from .fixtures import Fixtures

    path = _socket_path(args.socket)
    sizes = Sizes(logs_80=8_000_000, logs_1k=25_000_000, big_file=50_000_000, small_ops=100)
    fixtures = Fixtures(f"unix://{path}", log=print)
    ctx = Context(path, str(fixtures.api.version()["ApiVersion"]), sizes, fixtures)
    cases = {c.name: c for c in all_cases(quick=True)}
    os.makedirs(args.out, exist_ok=True)
    try:
        for name in [n.strip() for n in args.cases.split(",") if n.strip()]:
            case = cases[name]
            print(f"profiling {name}", flush=True)
            if name in ("cold_start", "cold_start_typed", "cold_start_async"):
                text = profile_cold_start(ctx, asynchronous=name == "cold_start_async",
                                          typed=name == "cold_start_typed")
            else:
                assert case.setup is not None
                _, competitors = case.setup(ctx)
                repeat = 5 if case.kind == "time" else 1
                text = profile_callable(name, competitors[DOCKERAPI], repeat)
            with open(os.path.join(args.out, f"{name}.txt"), "w") as f:
                f.write(text)
    finally:
        ctx.close()
        fixtures.cleanup()
        fixtures.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
