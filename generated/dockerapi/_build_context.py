"""Build contexts as streamed tar archives.

The archive is produced member by member: headers come from `tarfile.TarInfo.tobuf` and file
content is copied in `chunk_size` pieces, so a context with huge files never sits in memory.
"""

from __future__ import annotations

import io
import os
import stat
import tarfile
import time
import zlib
from collections.abc import Iterator
from typing import IO

from ._dockerignore import IgnoreMatcher, Pattern, clean_path, parse
from ._errors import DockerException, InvalidArgument

__all__ = ["context_paths", "tar_directory", "tar_single_dockerfile"]

_BLOCK = tarfile.BLOCKSIZE
_RECORD = tarfile.RECORDSIZE


class _Sink:
    """Collects archive bytes (gzip-compressed if asked) until a chunk is worth yielding."""

    def __init__(self, chunk_size: int, gzip: bool) -> None:
        self.chunk_size = chunk_size
        self.buf = bytearray()
        self.written = 0  # uncompressed tar offset, for the final record padding
        # wbits=31 writes a gzip wrapper; its header carries mtime 0, keeping output deterministic.
        self._zlib = zlib.compressobj(6, zlib.DEFLATED, 31) if gzip else None

    def write(self, data: bytes) -> None:
        self.written += len(data)
        self.buf += self._zlib.compress(data) if self._zlib else data

    def ready(self) -> bool:
        return len(self.buf) >= self.chunk_size

    def take(self) -> bytes:
        out = bytes(self.buf)
        self.buf.clear()
        return out

    def finish(self) -> bytes:
        self.write(b"\0" * (2 * _BLOCK))
        self.write(b"\0" * (-self.written % _RECORD))
        if self._zlib:
            self.buf += self._zlib.flush()
        return self.take()


def _header(info: tarfile.TarInfo) -> bytes:
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")


def _tarinfo(name: str, st: os.stat_result, abspath: str) -> tarfile.TarInfo | None:
    info = tarfile.TarInfo(name)
    info.mode = stat.S_IMODE(st.st_mode)
    info.mtime = int(st.st_mtime)
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if stat.S_ISREG(st.st_mode):
        info.type = tarfile.REGTYPE
        info.size = st.st_size
    elif stat.S_ISDIR(st.st_mode):
        info.type = tarfile.DIRTYPE
    elif stat.S_ISLNK(st.st_mode):
        info.type = tarfile.SYMTYPE
        info.linkname = os.readlink(abspath)
    else:
        # Sockets, fifos and devices have no place in a build context.
        return None
    return info


def _walk(root: str, matcher: IgnoreMatcher) -> Iterator[tuple[str, str, os.stat_result]]:
    """Yield (relative path, absolute path, lstat) of included entries, sorted, parents first."""
    stack: list[tuple[str, str]] = [("", root)]
    while stack:
        rel_dir, abs_dir = stack.pop()
        try:
            names = sorted(os.listdir(abs_dir))
        except OSError as e:
            raise DockerException(f"cannot read directory {rel_dir or '.'!r} in build context: {e}") from e
        subdirs: list[tuple[str, str]] = []
        for name in names:
            rel = f"{rel_dir}/{name}" if rel_dir else name
            abspath = os.path.join(abs_dir, name)
            st = os.lstat(abspath)
            is_dir = stat.S_ISDIR(st.st_mode)
            if matcher and matcher.matches(rel):
                if is_dir and not matcher.can_skip_dir(rel):
                    # Excluded itself, but a "!" pattern may re-include something inside.
                    subdirs.append((rel, abspath))
                continue
            yield rel, abspath, st
            if is_dir:
                subdirs.append((rel, abspath))
        # Push in reverse so subtrees come out in name order.
        stack.extend(reversed(subdirs))


def _read_ignore(path: str) -> list[Pattern]:
    try:
        with open(os.path.join(path, ".dockerignore"), encoding="utf-8", errors="surrogateescape") as f:
            return parse(f.read())
    except FileNotFoundError:
        return []


def _resolve_dockerfile(path: str, dockerfile: str | None) -> tuple[str | None, tuple[str, str] | None]:
    """Return (name to send, (embedded name, absolute source) if it lives outside the context)."""
    if dockerfile is None:
        return None, None
    root = os.path.abspath(path)
    absolute = os.path.abspath(os.path.join(root, dockerfile))
    rel = os.path.relpath(absolute, root)
    if (
        rel == ".."
        or rel.startswith(".." + os.sep)
        or os.path.splitdrive(absolute)[0] != os.path.splitdrive(root)[0]
    ):
        import secrets  # here: it imports hmac and hashlib (~3 ms), for a case few builds have

        return None, (f".dockerfile.{secrets.token_hex(20)}", absolute)
    # Inside the context: keep what the caller wrote unless it was absolute.
    return (rel.replace(os.sep, "/") if os.path.isabs(dockerfile) else dockerfile), None


def _matcher_for(path: str, dockerfile_rel: str | None) -> IgnoreMatcher:
    patterns = _read_ignore(path)
    if patterns:
        # The daemon needs these two even when the ignore file names them (as the CLI does).
        keep = [clean_path(dockerfile_rel or "Dockerfile"), ".dockerignore"]
        patterns += [Pattern(k, exclusion=True) for k in keep]
    return IgnoreMatcher(patterns)


def context_paths(path: str, *, dockerfile: str | None = None) -> list[str]:
    """The relative paths `tar_directory` would send from `path` (files, links and directories)."""
    if not os.path.isdir(path):
        raise InvalidArgument(f"build context {path!r} is not a directory")
    name, _ = _resolve_dockerfile(path, dockerfile)
    return [rel for rel, _, _ in _walk(path, _matcher_for(path, name))]


def tar_directory(
    path: str,
    *,
    dockerfile: str | None = None,
    gzip: bool = False,
    chunk_size: int = 64 * 1024,
) -> tuple[Iterator[bytes], str | None]:
    """Stream `path` as a build-context tar, honouring its `.dockerignore`.

    Returns the chunk iterator and the Dockerfile name to pass to the build endpoint: the
    caller's relative name, a generated `.dockerfile.<hex>` when the Dockerfile lives outside
    the context (its content is then added under that name), or `None` for the default.
    The ignore file is read and the Dockerfile located before this returns, so their errors
    surface here; the tree itself is read lazily while iterating.
    """
    if not os.path.isdir(path):
        raise InvalidArgument(f"build context {path!r} is not a directory")
    if chunk_size <= 0:
        raise InvalidArgument("chunk_size must be positive")
    name, external = _resolve_dockerfile(path, dockerfile)
    matcher = _matcher_for(path, name)
    embedded: list[tuple[tarfile.TarInfo, bytes]] = []
    if external is not None:
        gen_name, source = external
        try:
            with open(source, "rb") as f:
                content = f.read()
            st = os.stat(source)
        except OSError as e:
            raise InvalidArgument(f"cannot read Dockerfile {dockerfile!r}: {e}") from e
        embedded = [_file_entry(gen_name, content, int(st.st_mtime)),
                    _file_entry(".dockerignore", _ignore_hiding(path, gen_name), int(st.st_mtime))]
        name = gen_name
    return _generate(path, matcher, embedded, gzip, chunk_size), name


def _file_entry(name: str, content: bytes, mtime: int) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mode = 0o644
    info.mtime = mtime
    return info, content


def _ignore_hiding(path: str, generated: str) -> bytes:
    """The .dockerignore sent with a Dockerfile from outside the context: the context's own (or one naming
    itself) plus the generated Dockerfile name, so the daemon drops both from what `COPY .` sees, as the
    docker CLI and docker-py do."""
    try:
        with open(os.path.join(path, ".dockerignore"), "rb") as f:
            own = f.read()
    except FileNotFoundError:
        own = b".dockerignore"
    return own.rstrip(b"\n") + b"\n" + generated.encode() + b"\n"


def _generate(
    path: str,
    matcher: IgnoreMatcher,
    embedded: list[tuple[tarfile.TarInfo, bytes]],
    gzip: bool,
    chunk_size: int,
) -> Iterator[bytes]:
    sink = _Sink(chunk_size, gzip)
    replaced = {info.name for info, _ in embedded}
    for rel, abspath, st in _walk(path, matcher):
        if rel in replaced:
            continue  # sent below with new content
        info = _tarinfo(rel, st, abspath)
        if info is None:
            continue
        sink.write(_header(info))
        if info.type == tarfile.REGTYPE:
            yield from _copy_file(abspath, rel, info.size, sink)
            sink.write(b"\0" * (-info.size % _BLOCK))
        if sink.ready():
            yield sink.take()
    for info, content in embedded:
        sink.write(_header(info))
        sink.write(content)
        sink.write(b"\0" * (-len(content) % _BLOCK))
    tail = sink.finish()
    if tail:
        yield tail


def _copy_file(abspath: str, rel: str, size: int, sink: _Sink) -> Iterator[bytes]:
    """Copy exactly `size` bytes (the size in the header), padding if the file shrank."""
    remaining = size
    try:
        with open(abspath, "rb") as f:
            while remaining:
                data = f.read(min(sink.chunk_size, remaining))
                if not data:
                    break
                sink.write(data)
                remaining -= len(data)
                if sink.ready():
                    yield sink.take()
    except OSError as e:
        raise DockerException(f"cannot read {rel!r} in build context: {e}") from e
    if remaining:
        sink.write(b"\0" * remaining)


def tar_single_dockerfile(fileobj: IO[bytes] | IO[str]) -> bytes:
    """A context holding only a `Dockerfile` with the content of `fileobj`.

    The object is left where it was: an in-memory buffer is read whole (`getvalue()`), a seekable file
    from where it stands and then rewound there, so the same object can serve a second build."""
    whole = getattr(fileobj, "getvalue", None)
    if callable(whole):
        data = whole()
    else:
        start = fileobj.tell() if fileobj.seekable() else None
        data = fileobj.read()
        if start is not None:
            fileobj.seek(start)
    content = data.encode("utf-8") if isinstance(data, str) else data
    info = tarfile.TarInfo("Dockerfile")
    info.size = len(content)
    info.mode = 0o644
    info.mtime = int(time.time())
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        tar.addfile(info, io.BytesIO(content))
    return buf.getvalue()
