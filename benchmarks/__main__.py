"""python -m benchmarks [--quick] [--cases a,b] [--out benchmarks/results] [--socket PATH]

dockerapi, docker-py (the installed one: the dev extra pins 7.2; the published runs used 7.1), aiodocker 0.27
(async cases) and a raw HTTP/1.1 floor side by side, in one process and one run: each
round runs every competitor once, in a shuffled order; the table shows medians over rounds of
wall time and of client CPU time (time.process_time: every thread of this process).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import time
from typing import TYPE_CHECKING, Any

from . import child, report

if TYPE_CHECKING:
    from .cases import Case, Context

_SERVERS = "/tmp/dockerapi-servers/servers.json"
_DEFAULT_SOCKET = "/tmp/dockerapi-servers/d20/docker.sock"


def _socket_path(explicit: str | None) -> str:
    if explicit:
        return explicit
    try:
        with open(_SERVERS) as f:
            url = json.load(f)["docker20"]["base_url"]
        return str(url).removeprefix("unix://")
    except (OSError, KeyError, ValueError):
        return _DEFAULT_SOCKET


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _log(message: str) -> None:
    print(message, flush=True)


def run_rounds(case: Case, ctx: Context, rng: random.Random) -> dict[str, Any]:
    assert case.setup is not None
    ops, competitors = case.setup(ctx)
    samples: dict[str, dict[str, list[float]]] = {c: {"wall": [], "cpu": [], "work": []} for c in competitors}
    if case.warmup:
        for name in competitors:
            competitors[name]()
    for _ in range(case.rounds):
        order = list(competitors)
        rng.shuffle(order)
        for name in order:
            gc.collect()
            wall0, cpu0 = time.perf_counter(), time.process_time()
            work = competitors[name]()
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            samples[name]["wall"].append(wall)
            samples[name]["cpu"].append(cpu)
            samples[name]["work"].append(work)
    return {"ops": ops, "samples": samples}


def summarize(case: Case, raw: dict[str, Any]) -> dict[str, Any]:
    ops = raw["ops"]
    scale = {"us": 1e6, "ms": 1e3, "s": 1.0}.get(case.unit, 1.0)
    out: dict[str, Any] = {}
    for name, s in raw["samples"].items():
        if case.kind == "stream":
            mbps = [w / t / 1e6 for w, t in zip(s["work"], s["wall"], strict=True)]
            cpu_per_mb = [c / (w / 1e6) for w, c in zip(s["work"], s["cpu"], strict=True)]
            out[name] = {"value": _median(mbps), "unit": "MB/s", "cpu_s_per_GB": _median(cpu_per_mb) * 1e3,
                         "bytes": s["work"], "wall_s": s["wall"], "cpu_s": s["cpu"]}
        else:
            walls = [w / ops * scale for w in s["wall"]]
            cpus = [c / ops * scale for c in s["cpu"]]
            out[name] = {"value": _median(walls), "unit": case.unit, "cpu": _median(cpus),
                         "wall_samples": walls, "cpu_samples": cpus, "work": s["work"], "ops": ops}
    return out


def ratios(case: Case, results: dict[str, Any]) -> dict[str, Any]:
    """dockerapi against every other competitor of the case, and each target's verdict.

    vs: time cases dockerapi time / other time (lower is better); stream cases dockerapi speed / other
    speed (higher is better). cpu_vs: client CPU time per call, or per byte, dockerapi / other.
    """
    from .cases import DOCKERAPI

    api = results.get(DOCKERAPI)
    vs: dict[str, float] = {}
    cpu_vs: dict[str, float] = {}
    for other, o in results.items():
        if other in (DOCKERAPI, "bare") or not api or not o.get("value"):
            continue
        vs[other] = api["value"] / o["value"]
        key = "cpu_s_per_GB" if case.kind == "stream" else "cpu"
        if api.get(key) and o.get(key):
            cpu_vs[other] = api[key] / o[key]
    targets = []
    for target in case.targets:
        measured = (api["value"] if api else None) if target.against == "absolute" else vs.get(target.against)
        targets.append({"text": target.text, "against": target.against, "op": target.op, "value": target.value,
                        "measured": measured, "met": target.met(measured)})
    verdicts = [t["met"] for t in targets]
    met = None if None in verdicts else all(verdicts)
    return {"vs": vs, "cpu_vs": cpu_vs, "targets": targets, "met": met}


def run_cold_start(case: Case, ctx: Context, rng: random.Random) -> dict[str, Any]:
    from .cases import AIODOCKER, DOCKERAPI, DOCKERPY, FLOOR

    container = None
    names = [DOCKERAPI, DOCKERPY, FLOOR, "bare"]
    typed_sync = case.name == "cold_start_typed"
    if case.name == "cold_start_async":
        container = ctx.need("inspect_target", ctx.fixtures.inspect_target)
        names = [DOCKERAPI, AIODOCKER, FLOOR, "bare"]
    elif typed_sync:
        container = ctx.need("inspect_target", ctx.fixtures.inspect_target)
        names.insert(3, "pydantic")
    samples: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
    child.prepare_bytecode()
    for name in names:  # warm the page cache and the bytecode caches
        child.cold_start(name, ctx.base_url, ctx.socket_path, ctx.api, container, typed_sync)
    for _ in range(case.rounds):
        order = list(names)
        rng.shuffle(order)
        for name in order:
            samples[name].append(child.cold_start(name, ctx.base_url, ctx.socket_path, ctx.api, container,
                                                  typed_sync))
    out: dict[str, Any] = {}
    for name, runs in samples.items():
        out[name] = {
            "value": _median([r["wall"] for r in runs]) * 1e3, "unit": "ms",
            "cpu": _median([r["cpu"] for r in runs]) * 1e3,
            "process_wall_ms": _median([r["process_wall"] for r in runs]) * 1e3,
            "process_cpu_ms": _median([r["cpu_total"] for r in runs]) * 1e3,
            "wall_samples": [r["wall"] * 1e3 for r in runs],
        }
    return out


def run_memory_clients(case: Case, ctx: Context, rng: random.Random) -> dict[str, Any]:
    from .cases import DOCKERAPI, DOCKERPY, FLOOR

    count = ctx.sizes.clients
    names = [DOCKERAPI, DOCKERPY, FLOOR]
    samples: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
    for _ in range(case.rounds):
        order = list(names)
        rng.shuffle(order)
        for name in order:
            samples[name].append(child.clients_memory(name, ctx.base_url, ctx.socket_path, ctx.api, count))
    return {name: {"value": _median([r["growth"] for r in runs]) / 1e6, "unit": "MB", "clients": count,
                   "traced_MB": _median([r["traced"] for r in runs]) / 1e6,
                   "growth_samples_MB": [r["growth"] / 1e6 for r in runs]}
            for name, runs in samples.items()}


def run_memory(case: Case, ctx: Context, rng: random.Random) -> dict[str, Any]:
    from .cases import DOCKERAPI, DOCKERPY, FLOOR

    container = ctx.need("memory_logs", lambda: ctx.fixtures.log_container(ctx.sizes.memory_logs, 1024))
    order = [DOCKERAPI, DOCKERPY, FLOOR]
    rng.shuffle(order)
    out: dict[str, Any] = {}
    for name in order:
        r = child.memory(name, ctx.base_url, ctx.socket_path, ctx.api, container)
        out[name] = {"value": r["growth"] / 1e6, "unit": "MB", "base_MB": r["base"] / 1e6,
                     "peak_MB": r["peak"] / 1e6, "hwm_before_MB": r["hwm_before"] / 1e6,
                     "hwm_after_MB": r["hwm_after"] / 1e6, "bytes": r["bytes"],
                     "MB_per_s": r["bytes"] / r["wall"] / 1e6, "cpu_s": r["cpu"]}
    return out


_REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _git(*args: str) -> str:
    import subprocess

    done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=_REPO)
    return done.stdout.strip() if done.returncode == 0 else ""


def snapshot(rev: str) -> tuple[str, str]:
    """Extract generated/dockerapi at `rev` into a temporary folder; (folder to put on sys.path, commit)."""
    import subprocess
    import tempfile

    commit = _git("rev-parse", rev)
    if not commit:
        raise SystemExit(f"--snapshot: {rev!r} is not a git revision of {_REPO}")
    folder = tempfile.mkdtemp(prefix="dockerapi-bench-")
    archive = subprocess.run(["git", "archive", commit, "generated/dockerapi"], capture_output=True, cwd=_REPO,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
    return os.path.join(folder, "generated"), commit


def source_state(import_root: str, snapshot_commit: str | None) -> dict[str, Any]:
    """Which dockerapi was measured: a snapshot of a commit, or the work tree (and whether it was dirty)."""
    if snapshot_commit:
        return {"dockerapi_source": "snapshot", "commit": snapshot_commit, "import_root": import_root}
    dirty = _git("status", "--porcelain", "--", "generated/dockerapi")
    return {"dockerapi_source": "work tree", "commit": _git("rev-parse", "HEAD"), "import_root": import_root,
            "dirty_files": dirty.splitlines()}


def versions(ctx: Context) -> dict[str, str]:
    import platform

    import aiodocker
    import aiohttp
    import docker
    import dockerapi
    import h11
    import httpcore
    import httpx
    import pydantic

    daemon = ctx.dockerpy.version()
    return {
        "python": platform.python_version(),
        "dockerapi": dockerapi.__version__,
        "httpx": httpx.__version__,
        "httpcore": httpcore.__version__,
        "h11": h11.__version__,
        "pydantic": pydantic.__version__,
        "docker-py": docker.__version__,
        "aiodocker": aiodocker.__version__,
        "aiohttp": aiohttp.__version__,
        "daemon": f"Docker {daemon.get('Version')} (API {daemon.get('ApiVersion')})",
        "platform": platform.platform(),
        "cpus": str(os.cpu_count()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, smaller data (< 2 minutes)")
    parser.add_argument("--cases", help="comma-separated case names (default: all)")
    parser.add_argument("--out", default="benchmarks/results", help="folder for results.json and chart.png")
    parser.add_argument("--socket", help="daemon unix socket (default: docker20 from servers.json)")
    parser.add_argument("--seed", type=int, default=None, help="seed of the round order shuffle")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--snapshot", metavar="REV",
                        help="measure generated/dockerapi as committed at REV (e.g. HEAD), not the work tree, "
                             "which other people may be changing during the run")
    args = parser.parse_args(argv)

    snapshot_commit = None
    if args.snapshot:
        root, snapshot_commit = snapshot(args.snapshot)
        sys.path.insert(0, root)
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    import dockerapi

    from .cases import Context, Sizes, all_cases

    import_root = os.path.dirname(os.path.dirname(os.path.abspath(dockerapi.__file__)))
    # the children (cold start, memory) import the same dockerapi as this process
    child.IMPORT_ROOT = import_root

    cases = all_cases(args.quick)
    if args.list:
        for case in cases:
            print(f"{case.name:20} {case.title}  [target: {'; '.join(t.text for t in case.targets)}]")
        return 0
    if args.cases:
        wanted = [c.strip() for c in args.cases.split(",") if c.strip()]
        unknown = set(wanted) - {c.name for c in cases}
        if unknown:
            parser.error(f"unknown case(s): {', '.join(sorted(unknown))}; see --list")
        cases = [c for c in cases if c.name in wanted]

    sizes = Sizes()
    if args.quick:
        sizes = Sizes(logs_80=8_000_000, logs_1k=25_000_000, big_file=50_000_000, memory_logs=200_000_000,
                      small_ops=40)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    path = _socket_path(args.socket)
    if not os.path.exists(path):
        print(f"no daemon socket at {path}: start the servers (bash scripts/servers.sh up) or pass --socket",
              file=sys.stderr)
        return 2

    from .fixtures import Fixtures

    started = time.perf_counter()
    fixtures = Fixtures(f"unix://{path}", log=_log)
    left = fixtures.cleanup(everything=True)
    if left:
        _log(f"removed {left} container(s) left by an earlier benchmark run")
    api = str(fixtures.api.version()["ApiVersion"])
    ctx = Context(path, api, sizes, fixtures)
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "mode": "quick" if args.quick else "full",
        "seed": seed,
        "socket": path,
        "versions": versions(ctx),
        "source": source_state(import_root, snapshot_commit),
        "sizes": vars(sizes),
        "load_average_before": os.getloadavg(),
        "cases": {},
    }
    _log(f"dockerapi benchmarks ({results['mode']}, seed {seed}) against {results['versions']['daemon']} at {path}")
    try:
        for case in cases:
            _log(f"- {case.name}: {case.title} ({case.rounds} rounds)")
            case_started = time.perf_counter()
            try:
                if case.name in ("cold_start", "cold_start_typed", "cold_start_async"):
                    measured = run_cold_start(case, ctx, rng)
                elif case.name == "memory_clients":
                    measured = run_memory_clients(case, ctx, rng)
                elif case.name == "memory":
                    measured = run_memory(case, ctx, rng)
                else:
                    measured = summarize(case, run_rounds(case, ctx, rng))
            except Exception as exc:  # one broken case must not lose the others
                _log(f"  FAILED: {type(exc).__name__}: {exc}")
                results["cases"][case.name] = {"title": case.title, "error": f"{type(exc).__name__}: {exc}"}
                continue
            entry = {"title": case.title, "kind": case.kind, "unit": case.unit, "rounds": case.rounds,
                     "notes": case.notes, "results": measured, **ratios(case, measured),
                     "seconds": round(time.perf_counter() - case_started, 1)}
            results["cases"][case.name] = entry
            _log("  " + report.one_line(case.name, entry))
    finally:
        ctx.close()
        removed = fixtures.cleanup()
        fixtures.close()
        _log(f"cleaned up {removed} benchmark container(s)")
    results["elapsed_s"] = round(time.perf_counter() - started, 1)
    results["load_average_after"] = os.getloadavg()

    print()
    print(report.table(results))
    os.makedirs(args.out, exist_ok=True)
    name = "results-quick" if args.quick else "results"
    json_path = os.path.join(args.out, f"{name}.json")
    with open(json_path, "w") as f:
        json.dump(results, f, indent=1, sort_keys=False)
        f.write("\n")
    print(f"\nwrote {json_path}")
    chart_path = os.path.join(args.out, f"{name}.png")
    message = report.chart(results, chart_path)
    print(message)
    print(f"total {results['elapsed_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
