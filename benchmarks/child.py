"""Cases that need a fresh interpreter: cold start and memory. Each run is one `python -c` process.

The child prints one JSON line; the parent parses it. Scripts are plain strings so that the
measured process imports nothing but the client under test (and `time`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMPORT_ROOT: str | None = None  # the folder dockerapi is imported from, set by the parent run

_COLD = {
    "dockerapi": "from dockerapi import Client\nc = Client({url!r})\nc.ping()\n",
    "docker-py": "import docker\nc = docker.APIClient(base_url={url!r}, version='auto')\nc.ping()\n",
    "floor": "from benchmarks.floor import RawClient\nc = RawClient({path!r}, {api!r})\nc.ping()\n",
    "bare": "pass\n",
}

# The async cold start: import, construct, the first inspect_container() and close, inside asyncio.run. Each client negotiates its API version in its own way on that first call.
_COLD_ASYNC = {
    "dockerapi": ("import asyncio\nfrom dockerapi import AsyncClient\nasync def main():\n"
                  "    c = AsyncClient({url!r})\n    await c.inspect_container({container!r})\n"
                  "    await c.close()\nasyncio.run(main())\n"),
    "aiodocker": ("import asyncio\nimport aiodocker\nasync def main():\n"
                  "    c = aiodocker.Docker(url={url!r})\n    await c.containers.get({container!r})\n"
                  "    await c.close()\nasyncio.run(main())\n"),
    "floor": ("import asyncio\nfrom benchmarks.floor import AsyncRawClient\nasync def main():\n"
              "    c = AsyncRawClient({path!r}, {api!r})\n    await c.get_json('/containers/{container}/json')\n"
              "    await c.close()\nasyncio.run(main())\n"),
    "bare": "import asyncio\nasync def main():\n    pass\nasyncio.run(main())\n",
}

# The sync first typed call: import, construct, the first inspect_container() and close (docker-py returns a dict;
# its APIClient negotiates with /version in the constructor, dockerapi with /_ping on the first call).
_COLD_TYPED = {
    "dockerapi": ("from dockerapi import Client\nc = Client({url!r})\nc.inspect_container({container!r})\n"
                  "c.close()\n"),
    "docker-py": ("import docker\nc = docker.APIClient(base_url={url!r}, version='auto')\n"
                  "c.inspect_container({container!r})\nc.close()\n"),
    "floor": ("from benchmarks.floor import RawClient\nc = RawClient({path!r}, {api!r})\n"
              "c.get_json('/containers/{container}/json')\nc.close()\n"),
    # the least a pydantic-typed result can cost: the floor's inspect, validated by one model of one field
    # that keeps the rest (a reference for any client whose results are pydantic models, not a competitor)
    "pydantic": ("from benchmarks.floor import RawClient\nfrom pydantic import BaseModel, ConfigDict\n"
                 "class Inspect(BaseModel):\n    model_config = ConfigDict(extra='allow')\n    Id: str\n"
                 "c = RawClient({path!r}, {api!r})\n"
                 "Inspect.model_validate(c.get_json('/containers/{container}/json'))\nc.close()\n"),
    "bare": "pass\n",
}

_COLD_SCRIPT = """\
import time
_t0 = time.perf_counter(); _c0 = time.process_time()
{body}_t1 = time.perf_counter(); _c1 = time.process_time()
import json, sys
print(json.dumps({{"wall": _t1 - _t0, "cpu": _c1 - _c0, "cpu_total": _c1}}))
"""


def _child_env() -> dict[str, str]:
    # Installed packages import from bytecode; PYTHONDONTWRITEBYTECODE (set on these machines) would make
    # only the uninstalled checkout recompile on every start, so it is dropped for the children.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [IMPORT_ROOT, _ROOT]))
    return env


def prepare_bytecode() -> None:
    """Compile every competitor's modules once, as `pip install` does, before timing any start."""
    import aiodocker
    import docker

    for folder in filter(None, [IMPORT_ROOT, _ROOT, os.path.dirname(os.path.dirname(docker.__file__)),
                                os.path.dirname(aiodocker.__file__)]):
        subprocess.run([sys.executable, "-m", "compileall", "-q", folder], capture_output=True, env=_child_env(),
                       check=False)


def _run(script: str, timeout: float) -> tuple[dict[str, Any], float]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=_ROOT,
                          timeout=timeout, env=_child_env())
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"child failed ({done.returncode}): {done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result, elapsed


def cold_start(competitor: str, url: str, path: str, api: str, container: str | None = None,
               typed_sync: bool = False) -> dict[str, Any]:
    """Seconds from the first line of the script to the first answer, and for the whole process.

    With `container`: the async form (import, construct, first inspect of `container`), or with
    `typed_sync` the sync one."""
    scripts = _COLD if container is None else _COLD_TYPED if typed_sync else _COLD_ASYNC
    body = scripts[competitor].format(url=url, path=path, api=api, container=container)
    result, process_wall = _run(_COLD_SCRIPT.format(body=body), timeout=60)
    result["process_wall"] = process_wall
    return result


_MEMORY = {
    "dockerapi": ("from dockerapi import Client\nc = Client({url!r})\nc.ping()\n",
                  "c.logs({container!r}, stream=True, follow=False)"),
    "docker-py": ("import docker\nc = docker.APIClient(base_url={url!r}, version='auto')\nc.ping()\n",
                  "c.logs({container!r}, stream=True, follow=False)"),
    "floor": ("from benchmarks.floor import RawClient\nc = RawClient({path!r}, {api!r})\nc.ping()\n",
              "c.frames('/containers/{container}/logs?stdout=1&stderr=1&follow=0')"),
}

_MEMORY_SCRIPT = """\
import os, time
_page = os.sysconf("SC_PAGE_SIZE")
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * _page
def hwm():  # this process image's peak RSS (ru_maxrss would include the parent's, kept across exec)
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
{setup}base = rss()
hwm0 = hwm()
peak = base
n = items = 0
t0 = time.perf_counter(); c0 = time.process_time()
for payload in {stream}:
    n += len(payload)
    items += 1
    if not items & 1023:
        r = rss()
        if r > peak:
            peak = r
wall = time.perf_counter() - t0; cpu = time.process_time() - c0
peak = max(peak, rss())
hwm1 = hwm()
import json
print(json.dumps({{"base": base, "peak": peak, "hwm_before": hwm0, "hwm_after": hwm1, "bytes": n, "items": items,
                  "wall": wall, "cpu": cpu}}))
"""


def memory(competitor: str, url: str, path: str, api: str, container: str) -> dict[str, Any]:
    """RSS before streaming, the highest RSS sampled while streaming (every 1024 items), and VmHWM."""
    setup, stream = _MEMORY[competitor]
    script = _MEMORY_SCRIPT.format(setup=setup.format(url=url, path=path, api=api),
                                   stream=stream.format(container=container))
    result, _ = _run(script, timeout=300)
    # growth: the highest RSS while streaming over the RSS before it. The sampled peak can miss a
    # short spike; VmHWM cannot, but it only speaks for the stream when it rose during it.
    peak = result["peak"]
    if result["hwm_after"] > result["hwm_before"]:
        peak = max(peak, result["hwm_after"])
    result["growth"] = peak - result["base"]
    return result


_CLIENTS = {
    "dockerapi": ("from dockerapi import Client\n", "Client({url!r})"),
    "docker-py": ("import docker\n", "docker.APIClient(base_url={url!r}, version='1.41')"),
    "floor": ("from benchmarks.floor import RawClient\n", "RawClient({path!r}, {api!r})"),
}

# RSS growth from `count` clients kept alive, measured after a first client was made (imports and caches done)
# and after gc; then tracemalloc's count of the Python allocations of another `count` clients.
_CLIENTS_SCRIPT = """\
import gc, os, tracemalloc
{setup}_page = os.sysconf("SC_PAGE_SIZE")
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * _page
first = {make}
gc.collect()
base = rss()
alive = [{make} for _ in range({count})]
gc.collect()
grown = rss() - base
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
more = [{make} for _ in range({count})]
gc.collect()
traced = tracemalloc.get_traced_memory()[0] - before
tracemalloc.stop()
import json
print(json.dumps({{"growth": grown, "traced": traced, "base": base, "count": {count}}}))
"""


def clients_memory(competitor: str, url: str, path: str, api: str, count: int) -> dict[str, Any]:
    """Bytes of RSS (and of tracemalloc-traced allocations) that `count` live clients cost."""
    setup, make = _CLIENTS[competitor]
    make = make.format(url=url, path=path, api=api)
    result, _ = _run(_CLIENTS_SCRIPT.format(setup=setup, make=make, count=count), timeout=120)
    return result
