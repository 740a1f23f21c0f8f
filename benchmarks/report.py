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


_OTHERS = ("docker-py", "aiodocker", "floor")
_MET = {True: "yes", False: "NO", None: "?"}


def _measured(target: dict[str, Any]) -> str:
    return _num(target["measured"]) if target["against"] == "absolute" else _ratio(target["measured"])


def one_line(name: str, entry: dict[str, Any]) -> str:
    r = entry["results"]
    values = ", ".join(f"{c} {_num(v['value'])}" for c, v in r.items() if c != "bare")
    versus = ", ".join(f"vs {c} {_ratio(v)}" for c, v in entry["vs"].items())
    targets = "; ".join(f"{t['text']}: {_measured(t)} {_MET[t['met']]}" for t in entry["targets"])
    return f"{values} ({_unit(entry)}); {versus}; targets {targets} ({entry['seconds']} s)"


def rows(results: dict[str, Any]) -> list[list[str]]:
    out = []
    for name, entry in results["cases"].items():
        if "error" in entry:
            out.append([name, *["-"] * (len(HEADER) - 3), "error: " + entry["error"][:60], ""])
            continue
        r = entry["results"]
        vs, cpu_vs = entry.get("vs", {}), entry.get("cpu_vs", {})
        out.append([
            name,
            _unit(entry),
            _num(r.get("dockerapi", {}).get("value")),
            *(_num(r.get(other, {}).get("value")) for other in _OTHERS),
            *(_ratio(vs.get(other)) for other in _OTHERS),
            _ratio(cpu_vs.get("floor")),
            "; ".join(f"{t['text']} ({_measured(t)})" for t in entry["targets"]),
            " ".join(_MET[t["met"]] for t in entry["targets"]),
        ])
    return out


HEADER = ["case", "unit", "dockerapi", "docker-py", "aiodocker", "floor", "vs docker-py", "vs aiodocker",
          "vs floor", "CPU vs floor", "targets (measured)", "met"]

LEGEND = ("vs columns: per-call cases (us/ms per call) show the time ratio dockerapi/other, lower is better;\n"
          "MB/s cases show the throughput ratio dockerapi/other, higher is better. CPU vs floor: client CPU\n"
          "time ratio dockerapi/floor (per call or per byte), lower is better. Medians over rounds.\n"
          "The async cases (logs_80_async, concurrent_inspect, cold_start_async) run dockerapi's AsyncClient;\n"
          "the classic cases dockerapi.classic.Client; '-': the competitor does not run the case.")


def table(results: dict[str, Any], markdown: bool = False) -> str:
    body = rows(results)
    if markdown:
        lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
        lines += ["| " + " | ".join(row) + " |" for row in body]
        return "\n".join(lines)
    widths = [max(len(HEADER[i]), *(len(row[i]) for row in body)) if body else len(HEADER[i])
              for i in range(len(HEADER))]
    fmt = "  ".join(f"{{:{'<' if i in (0, 1, 10, 11) else '>'}{w}}}" for i, w in enumerate(widths))
    v = results["versions"]
    lines = [f"{results['date']}  {results['mode']}  Python {v['python']}, httpx {v['httpx']}, "
             f"pydantic {v['pydantic']}, docker-py {v['docker-py']}, aiodocker {v.get('aiodocker', '-')}, "
             f"{v['daemon']}",
             fmt.format(*HEADER), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*row) for row in body]
    return "\n".join(lines) + "\n\n" + LEGEND


def _speedup(entry: dict[str, Any], other: str) -> float | None:
    """dockerapi's speed relative to another competitor: > 1 means dockerapi is faster."""
    ratio = entry.get("vs", {}).get(other)
    if not ratio:
        return None
    return ratio if entry["kind"] == "stream" else 1.0 / ratio


def _target_speedup(target: dict[str, Any], kind: str) -> float:
    return target["value"] if kind == "stream" else 1.0 / target["value"]


_COLORS = {"docker-py": "#4C72B0", "aiodocker": "#55A868", "floor": "#DD8452"}


def chart(results: dict[str, Any], path: str) -> str:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return ("no chart: matplotlib is not installed (it is not a dependency of dockerapi; "
                "`pip install matplotlib` in the benchmark environment draws one)")
    cases = [(n, e) for n, e in results["cases"].items()
             if "error" not in e and e.get("kind") in ("time", "stream", "subprocess") and e.get("unit") != "MB"]
    if not cases:
        return "no chart: no case with ratios"
    v = results["versions"]
    labels = {"docker-py": f"vs docker-py {v['docker-py']}", "aiodocker": f"vs aiodocker {v.get('aiodocker', '')}",
              "floor": "vs raw-socket floor"}
    fig, ax = plt.subplots(figsize=(9.5, 0.75 * len(cases) + 1.8))
    height = 0.26
    offsets = {other: (i - 1) * height for i, other in enumerate(_OTHERS)}
    for other in _OTHERS:
        ys = [y + offsets[other] for y, (_, e) in enumerate(cases) if _speedup(e, other)]
        xs = [_speedup(e, other) for _, e in cases if _speedup(e, other)]
        ax.barh(ys, xs, height, label=labels[other], color=_COLORS[other])
    for y, (_, entry) in enumerate(cases):
        for target in entry["targets"]:
            if target["against"] in offsets:
                middle = y + offsets[target["against"]]
                value = _target_speedup(target, entry["kind"])
                ax.plot([value, value], [middle - height / 2, middle + height / 2], color="black", lw=2)
    ax.axvline(1.0, color="grey", lw=0.8, ls="--")
    ax.set_yticks(list(range(len(cases))))
    ax.set_yticklabels([n for n, _ in cases])
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlabel("dockerapi speed relative to the other (higher is better; black tick = target)")
    commit = results.get("source", {}).get("commit", "")[:7]
    ax.set_title(f"dockerapi {commit} vs docker-py {v['docker-py']}, aiodocker {v.get('aiodocker', '-')} and the "
                 f"floor — {v['daemon']}, unix socket\n"
                 f"{results['date'][:10]}, Python {v['python']}, pydantic {v['pydantic']}", fontsize=9)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return f"wrote {path}"
