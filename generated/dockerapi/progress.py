"""Progress display for the daemon's progress streams: `pull`, `push`, `build` and `load_image` output.

    from dockerapi import Client
    from dockerapi.progress import show_progress

    with Client() as client:
        for _ in show_progress(client.pull("busybox", stream=True, decode=True)):
            pass

On a terminal, with the `progress` extra installed (`pip install 'dockerapi[progress]'`, which brings
`rich`), each layer gets a progress bar that follows its phases (waiting, downloading, extracting,
pushing, done) and other messages print above the bars. Otherwise (output redirected to a file or a
pipe, or `rich` absent) it prints plain lines: one per layer and phase, not one per progress update.

Messages pass through unchanged, so the loop can also look at them. An error message of the daemon
(`{"error": ..., "errorDetail": {"message": ...}}`) is yielded and shown like the others; once the
input ends, `show_progress` raises `StreamError` with the daemon's message (`.detail` is the message
itself), so `for _ in show_progress(...): pass` cannot miss a failed pull, push, build or load. Pass
`raise_on_error=False` to only yield it. Message shapes it does not know are yielded and not shown.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from ._decoders import split_json
from ._errors import StreamError

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["show_progress", "show_progress_async"]

# a layer's statuses that mean its work is over: its bar shows full
_DONE = ("Pull complete", "Already exists", "Download complete", "Pushed", "Layer already exists",
         "Mounted from", "Loaded")


def show_progress(
    messages: Iterable[Any] | str | bytes,
    file: IO[str] | None = None,
    *,
    console: Console | None = None,
    raise_on_error: bool = True,
) -> Iterator[Any]:
    """Show a progress stream while passing its messages through.

    Args:
        messages: What `pull(stream=True)`, `push(stream=True)` or `build()` return, with or without
            `decode=True` (dicts, or JSON documents as `str`/`bytes`); or the whole output text of a
            call that returns it at the end (`load_image()`, `pull()` without `stream`).
        file: Where to write; default `sys.stdout` (as `docker pull` does). Bars are drawn only when
            it is a terminal and `rich` is installed; plain lines otherwise.
        console: A `rich.console.Console` to draw the bars on instead of `file` (for instance one
            made with `force_terminal=True`).
        raise_on_error: Raise `StreamError` at the end when the stream carried an error message.

    Yields:
        Each message as it came in; for whole output text, each of its messages as a dict.

    Raises:
        StreamError: the stream reported an error (after every message was yielded and shown).
    """
    view = _open_view(file, console)
    tracker = _Tracker(view)
    try:
        for item in _items(messages):
            tracker.feed(item)
            yield item
    finally:
        view.close()
    tracker.finish(raise_on_error)


async def show_progress_async(
    messages: AsyncIterable[Any],
    file: IO[str] | None = None,
    *,
    console: Console | None = None,
    raise_on_error: bool = True,
) -> AsyncIterator[Any]:
    """`show_progress` for `AsyncClient`'s streams: `async for m in show_progress_async(await c.pull(...))`."""
    view = _open_view(file, console)
    tracker = _Tracker(view)
    try:
        async for item in messages:
            tracker.feed(item)
            yield item
    finally:
        view.close()
    tracker.finish(raise_on_error)


def _items(messages: Iterable[Any] | str | bytes) -> Iterable[Any]:
    if isinstance(messages, str):
        messages = messages.encode()
    if isinstance(messages, (bytes, bytearray)):  # a whole output: its documents, decoded
        return (json.loads(document) for document in split_json([bytes(messages)]))
    return messages


def _decoded(item: Any) -> Any:
    if isinstance(item, (str, bytes, bytearray)):
        try:
            return json.loads(item)
        except ValueError:
            return None
    return item


def _error_text(message: dict[str, Any]) -> str | None:
    detail = message.get("errorDetail")
    if isinstance(detail, dict) and detail.get("message"):
        return str(detail["message"])
    if message.get("error"):
        return str(message["error"])
    return None


class _Tracker:
    """Turns messages into view calls and remembers the first error."""

    def __init__(self, view: _PlainView | _RichView) -> None:
        self.view = view
        self.error: tuple[str, Any] | None = None

    def feed(self, item: Any) -> None:
        message = _decoded(item)
        if not isinstance(message, dict):
            return
        error = _error_text(message)
        if error is not None:
            if self.error is None:
                self.error = (error, message)
            self.view.error(error)
            return
        stream = message.get("stream")
        if isinstance(stream, str):
            self.view.text(stream)
            return
        status = message.get("status")
        if not isinstance(status, str):
            return  # aux (image id, digest), empty progress: nothing to show
        layer = message.get("id")
        if isinstance(layer, str) and layer and not status.startswith("Pulling from"):
            detail = message.get("progressDetail")
            current = total = None
            if isinstance(detail, dict):
                current, total = _number(detail.get("current")), _number(detail.get("total"))
            self.view.layer(layer, status, current, total, status.startswith(_DONE))
        else:
            self.view.line(f"{layer}: {status}" if isinstance(layer, str) and layer else status)

    def finish(self, raise_on_error: bool) -> None:
        if self.error is not None and raise_on_error:
            raise StreamError(self.error[0], self.error[1])


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _size(count: int) -> str:
    size = float(count)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


def _open_view(file: IO[str] | None, console: Console | None) -> _PlainView | _RichView:
    if console is not None:
        return _RichView(console)
    out = sys.stdout if file is None else file
    try:
        from rich.console import Console as RichConsole
    except ImportError:
        return _PlainView(out)
    rich_console = RichConsole(file=out)
    return _RichView(rich_console) if rich_console.is_terminal else _PlainView(out)


class _PlainView:
    """One line per layer and phase ("a1b2c3: Downloading 3.0 MB"), other messages as they come."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.phase: dict[str, str] = {}
        self.open_line = False  # build output that has not ended its line yet

    def _write(self, text: str) -> None:
        if self.open_line:
            self.out.write("\n")
            self.open_line = False
        self.out.write(text + "\n")
        self.out.flush()

    def text(self, text: str) -> None:
        if text:
            self.out.write(text)
            self.open_line = not text.endswith("\n")
            self.out.flush()

    def line(self, text: str) -> None:
        self._write(text)

    def error(self, text: str) -> None:
        self._write(f"error: {text}")

    def layer(self, layer: str, status: str, current: int | None, total: int | None, done: bool) -> None:
        if self.phase.get(layer) == status:
            return  # a progress update of the same phase
        self.phase[layer] = status
        self._write(f"{layer}: {status}" + (f" {_size(total)}" if total else ""))

    def close(self) -> None:
        if self.open_line:
            self.out.write("\n")
            self.open_line = False
        self.out.flush()


class _RichView:
    """A bar per layer, on a rich console; other messages print above the bars."""

    def __init__(self, console: Console) -> None:
        from rich.progress import BarColumn, Progress, TextColumn

        self.console = console
        self.progress = Progress(
            TextColumn("{task.fields[layer]}", style="bold"),
            TextColumn("{task.fields[status]:<20}"),
            BarColumn(),
            TextColumn("{task.fields[size]}"),
            console=console,
        )
        self.tasks: dict[str, Any] = {}
        self.totals: dict[str, int] = {}  # each layer's latest known size, to fill its bar when done
        self.pending = ""  # build output up to the end of its line
        self.progress.start()

    def text(self, text: str) -> None:
        lines = (self.pending + text).split("\n")
        self.pending = lines.pop()
        for line in lines:
            self.line(line)

    def line(self, text: str) -> None:
        self.console.print(text, markup=False, highlight=False)

    def error(self, text: str) -> None:
        from rich.text import Text

        self.console.print(Text("error: ", style="bold red") + Text(text))

    def layer(self, layer: str, status: str, current: int | None, total: int | None, done: bool) -> None:
        task = self.tasks.get(layer)
        if task is None:
            task = self.tasks[layer] = self.progress.add_task("", total=None, layer=layer, status="", size="")
        fields: dict[str, Any] = {"status": status}
        if total:
            self.totals[layer] = total
            completed = min(current or 0, total)
            fields.update(total=total, completed=completed, size=f"{_size(completed)}/{_size(total)}")
        elif done:
            known = self.totals.get(layer)
            fields.update(total=known or 1, completed=known or 1,
                          size=f"{_size(known)}/{_size(known)}" if known else "")
        else:
            fields.update(total=None, completed=0, size="")  # waiting: the bar pulses
        self.progress.update(task, **fields)

    def close(self) -> None:
        if self.pending:
            self.line(self.pending)
            self.pending = ""
        self.progress.stop()
