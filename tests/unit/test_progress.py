"""dockerapi.progress on message sequences recorded from Docker 20.10 (tests/unit/data): plain lines when
the output is not a terminal, rich bars on a (forced) terminal, messages passed through, errors raised
at the end, unknown shapes ignored. The live run against the registry is in
tests/integration/images/test_progress_registry.py."""

from __future__ import annotations

import asyncio
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from dockerapi import StreamError
from dockerapi.progress import show_progress, show_progress_async
from rich.console import Console

RECORDED = json.loads((Path(__file__).parent / "data" / "progress_messages.json").read_text())
PULL: list[dict[str, Any]] = RECORDED["pull"]
LAYERS = ["33cb7c0b3c67", "c4790dd2d6e9", "81ade0807142"]  # the three pulled layers (3, 2 and 1 MB)


def plain(messages: Any, **kwargs: Any) -> tuple[list[Any], list[str]]:
    out = io.StringIO()  # not a terminal: plain lines even though rich is installed
    passed = list(show_progress(messages, out, **kwargs))
    return passed, out.getvalue().splitlines()


def last_frame(output: str) -> list[str]:
    """The lines of the display as it was left: what follows the last cursor-up/erase sequence."""
    tail = re.split(r"(?:\x1b\[2K\x1b\[1A)+\x1b\[2K", output)[-1]
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", tail)
    return [line.rstrip() for line in text.replace("\r", "").splitlines() if line.strip()]


def test_plain_pull_one_line_per_layer_and_phase() -> None:
    passed, lines = plain(PULL)
    assert passed == PULL  # every message, unchanged
    assert lines[0] == "t1: Pulling from dapi/site-progress-rec"
    assert "550b63318051: Already exists" in lines
    for layer in LAYERS:
        phases = [line.split(": ", 1)[1] for line in lines if line.startswith(layer + ": ")]
        assert phases[0] == "Pulling fs layer"
        assert phases[-1] == "Pull complete"
        assert [p.split()[0] for p in phases].count("Downloading") == 1  # not one line per update
        assert [p.split()[0] for p in phases].count("Extracting") == 1
    assert "33cb7c0b3c67: Downloading 3.0 MB" in lines
    assert lines[-1] == "Status: Downloaded newer image for 127.0.0.1:5000/dapi/site-progress-rec:t1"
    assert len(lines) < len(PULL)


def test_plain_build_output_is_written_as_sent() -> None:
    passed, lines = plain(RECORDED["build"])
    assert passed == RECORDED["build"]
    text = "".join(m.get("stream", "") for m in RECORDED["build"])
    assert lines == text.splitlines()


def test_plain_push_and_undecoded_documents() -> None:
    documents = [json.dumps(m) for m in RECORDED["push"]]  # what push(stream=True) yields without decode
    passed, lines = plain(documents)
    assert passed == documents
    assert lines[0] == "The push refers to repository [127.0.0.1:5000/dapi/site-progress-rec]"
    assert "7550e78b5148: Mounted from dapi/dist-38acf1e9d7" in lines
    assert sorted(line for line in lines if line.endswith(": Pushed")) == [
        "85c00a3a1cbe: Pushed", "bb41f4bdb700: Pushed", "c460724a5064: Pushed"]
    assert lines[-1].startswith("t1: digest: sha256:")


def test_whole_output_text_is_split_into_messages() -> None:
    passed, lines = plain(RECORDED["load"])  # load_image() returns the text at the end
    assert passed == [{"stream": "Loaded image: 127.0.0.1:5000/dapi/site-progress-rec:t1\n"}]
    assert lines == ["Loaded image: 127.0.0.1:5000/dapi/site-progress-rec:t1"]
    joined = "\r\n".join(json.dumps(m) for m in PULL)  # pull() without stream=True
    passed, lines = plain(joined.encode())
    assert passed == PULL
    assert lines[-1].startswith("Status: Downloaded newer image")


def test_error_is_yielded_shown_then_raised_at_the_end() -> None:
    out = io.StringIO()
    passed: list[Any] = []
    with pytest.raises(StreamError) as raised:
        for message in show_progress(RECORDED["build_error"], out):
            passed.append(message)
    assert passed == RECORDED["build_error"]  # nothing held back, the error included
    assert str(raised.value) == "The command '/bin/sh -c echo boom; exit 3' returned a non-zero code: 3"
    assert raised.value.detail == RECORDED["build_error"][-1]
    assert out.getvalue().splitlines()[-2:] == [
        "boom", "error: The command '/bin/sh -c echo boom; exit 3' returned a non-zero code: 3"]

    passed, lines = plain(RECORDED["push_error"], raise_on_error=False)
    assert passed == RECORDED["push_error"]
    assert lines[-1] == "error: unauthorized: authentication required"


def test_unknown_shapes_pass_through_silently() -> None:
    odd = [42, None, "not json", b"{}", {"status": 5}, {"id": "x"}, {"aux": {"ID": "sha256:1"}},
           {"status": "Downloading", "id": "l1", "progressDetail": {"current": "a", "total": -1}},
           {"stream": None}, {"errorDetail": "text"}, ["a"]]
    passed, lines = plain(odd)
    assert passed == odd
    assert lines == ["l1: Downloading"]
    console = Console(file=io.StringIO(), force_terminal=True, width=100)
    assert list(show_progress(odd, console=console)) == odd


def rich_output(messages: list[Any]) -> str:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100, color_system=None)
    assert list(show_progress(messages, console=console)) == messages
    return out.getvalue()


def test_rich_bars_end_full_with_each_layer_done() -> None:
    frame = last_frame(rich_output(PULL))
    rows = {line.split()[0]: line for line in frame}
    assert set(rows) == {"550b63318051", *LAYERS}
    for layer, size in zip(LAYERS, ("3.0 MB", "2.0 MB", "1.0 MB")):
        assert re.fullmatch(rf"{layer} Pull complete +━{{10,}} {size}/{size}", rows[layer]), rows[layer]
    assert "Already exists" in rows["550b63318051"]


def test_rich_shows_a_partial_bar_while_a_layer_downloads() -> None:
    # stop after the first download update of the 3 MB layer
    cut = next(i for i, m in enumerate(PULL) if m.get("id") == "33cb7c0b3c67" and m["status"] == "Downloading")
    frame = last_frame(rich_output(PULL[: cut + 1]))
    row = next(line for line in frame if line.startswith("33cb7c0b3c67"))
    assert re.search(r"Downloading .* 32\.8 kB/3\.0 MB$", row), row


def test_rich_a_finished_phase_shows_its_full_size() -> None:
    # the 1 MB layer's download ended (after one update at 36 kB); its extraction has not begun
    cut = next(i for i, m in enumerate(PULL) if m.get("id") == "c4790dd2d6e9" and m["status"] == "Pull complete")
    rows = {line.split()[0]: line for line in last_frame(rich_output(PULL[: cut + 1]))}
    assert re.fullmatch(r"81ade0807142 Download complete +━+ 1\.0 MB/1\.0 MB", rows["81ade0807142"])
    assert re.fullmatch(r"550b63318051 Already exists +━+", rows["550b63318051"])


def test_rich_prints_messages_and_build_lines_above_the_bars() -> None:
    output = rich_output(RECORDED["build"] + PULL)
    plain_text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", output)
    for line in ("Step 1/4 : FROM busybox:latest", "Successfully built 9ba5432254a0",
                 "Digest: sha256:4953ab3fd0151a7f0b0c96fafc82c75110894d2ac947f65639f9b625bba46871"):
        assert line + "\n" in plain_text.replace("\r", "")


def test_plain_lines_without_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rich.console", None)  # `import rich.console` fails
    passed, lines = plain(PULL)
    assert passed == PULL
    assert "81ade0807142: Pull complete" in lines


def test_async_variant() -> None:
    async def stream() -> Any:
        for message in RECORDED["push_error"]:
            yield message

    async def consume() -> list[Any]:
        return [m async for m in show_progress_async(stream(), io.StringIO())]

    with pytest.raises(StreamError, match="unauthorized: authentication required"):
        asyncio.run(consume())
