"""The table printed at the end of a run, and the chart (matplotlib when it is installed)."""

from __future__ import annotations

from typing import Any


def _num(value: float | None, digits: int = 3) -> str:
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.{digits}g}"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def _unit(entry: dict[str, Any]) -> str:
    if entry.get("kind") == "stream":
        return "MB/s"
    unit = entry.get("unit", "")
    return {"us": "us/call", "ms": "ms/call"}.get(unit, unit) if entry.get("kind") == "time" else unit


def one_line(name: str, entry: dict[str, Any]) -> str:
    r = entry["results"]
    values = ", ".join(f"{c} {_num(v['value'])}" for c, v in r.items() if c != "bare")
    target = entry["target"]
    met = {True: "met", False: "NOT met", None: "?"}[target["met"]]
    return (f"{values} ({_unit(entry)}); vs docker-py {_ratio(entry['vs_docker_py'])}, "
            f"vs floor {_ratio(entry['vs_floor'])}; target {target['text']}: {met} ({entry['seconds']} s)")


def rows(results: dict[str, Any]) -> list[list[str]]:
    out = []
    for name, entry in results["cases"].items():
        if "error" in entry:
            out.append([name, "-", "-", "-", "-", "-", "-", "-", "-", "error: " + entry["error"][:60], ""])
            continue
        r = entry["results"]
        target = entry["target"]
        measured = target["measured"]
        shown = _num(measured) if target["against"] == "absolute" else _ratio(measured)
        out.append([
            name,
            _unit(entry),
            _num(r.get("dockerapi", {}).get("value")),
            _num(r.get("docker-py", {}).get("value")),
            _num(r.get("floor", {}).get("value")),
            _ratio(entry["vs_docker_py"]),
            _ratio(entry["vs_floor"]),
            _ratio(entry.get("cpu_vs_docker_py")),
            _ratio(entry.get("cpu_vs_floor")),
            f"{target['text']} ({shown})",
            {True: "yes", False: "NO", None: "?"}[target["met"]],
        ])
    return out


HEADER = ["case", "unit", "dockerapi", "docker-py", "floor", "vs docker-py", "vs floor",
          "CPU vs docker-py", "CPU vs floor", "target (measured)", "met"]

LEGEND = ("vs columns: per-call cases (us/ms per call) show the time ratio dockerapi/other, lower is better;\n"
          "MB/s cases show the throughput ratio dockerapi/other, higher is better. CPU columns: client CPU\n"
          "time ratio dockerapi/other (per call or per byte), lower is better. Medians over rounds.")


def table(results: dict[str, Any], markdown: bool = False) -> str:
    body = rows(results)
    if markdown:
        lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
        lines += ["| " + " | ".join(row) + " |" for row in body]
        return "\n".join(lines)
    widths = [max(len(HEADER[i]), *(len(row[i]) for row in body)) if body else len(HEADER[i])
              for i in range(len(HEADER))]
    fmt = "  ".join(f"{{:{'<' if i in (0, 1, 9) else '>'}{w}}}" for i, w in enumerate(widths))
    v = results["versions"]
    lines = [f"{results['date']}  {results['mode']}  Python {v['python']}, httpx {v['httpx']}, "
             f"pydantic {v['pydantic']}, docker-py {v['docker-py']}, {v['daemon']}",
             fmt.format(*HEADER), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*row) for row in body]
    return "\n".join(lines) + "\n\n" + LEGEND


def _speedups(entry: dict[str, Any], key: str) -> float | None:
    """dockerapi's speed relative to another competitor: > 1 means dockerapi is faster."""
    ratio = entry.get(key)
    if ratio is None or ratio == 0:
        return None
    return ratio if entry["kind"] == "stream" else 1.0 / ratio


def _target_speedup(entry: dict[str, Any]) -> tuple[str, float] | None:
    target = entry["target"]
    if target["against"] == "absolute":
        return None
    value = target["value"]
    return target["against"], (value if entry["kind"] == "stream" else 1.0 / value)


def chart(results: dict[str, Any], path: str) -> str:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return ("no chart: matplotlib is not installed (it is not a dependency of dockerapi; "
                "`pip install matplotlib` in the benchmark environment draws one)")
    cases = [(n, e) for n, e in results["cases"].items()
             if "error" not in e and e.get("kind") in ("time", "stream", "subprocess") and n != "memory"]
    if not cases:
        return "no chart: no case with ratios"
    names = [n for n, _ in cases]
    vs_dp = [_speedups(e, "vs_docker_py") or 0 for _, e in cases]
    vs_fl = [_speedups(e, "vs_floor") or 0 for _, e in cases]
    fig, ax = plt.subplots(figsize=(9, 0.55 * len(cases) + 1.8))
    ys = range(len(cases))
    height = 0.38
    ax.barh([y - height / 2 for y in ys], vs_dp, height, label="vs docker-py 7.1", color="#4C72B0")
    ax.barh([y + height / 2 for y in ys], vs_fl, height, label="vs raw-socket floor", color="#DD8452")
    for y, (_, entry) in zip(ys, cases, strict=True):
        t = _target_speedup(entry)
        if t is None:
            continue
        against, value = t
        offset = -height / 2 if against == "docker-py" else height / 2
        ax.plot([value, value], [y + offset - height / 2, y + offset + height / 2], color="black", lw=2)
    ax.axvline(1.0, color="grey", lw=0.8, ls="--")
    ax.set_yticks(list(ys))
    ax.set_yticklabels(names)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlabel("dockerapi speed relative to the other (higher is better; black tick = target)")
    v = results["versions"]
    ax.set_title(f"dockerapi vs docker-py {v['docker-py']} and the floor — {v['daemon']}, unix socket\n"
                 f"{results['date'][:10]}, Python {v['python']}, httpx {v['httpx']}, pydantic {v['pydantic']}",
                 fontsize=9)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return f"wrote {path}"
