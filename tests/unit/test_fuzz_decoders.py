"""Property tests of the wire decoders: any input gives either the right answer or the library's own error.

The HTTP/1.1 response reader (head parser + body decoder), the de-chunker, the multiplexed frame decoder and
the JSON document splitter are fed arbitrary bytes, cut at arbitrary places, and well-formed inputs mangled
byte by byte. They must never raise anything but `DockerException` subclasses, never loop (each feed()
makes progress: a pytest timeout turns a hang into a failure), and round-trip what they should.

Examples per test: 200 by default (CI); `DOCKERAPI_FUZZ_EXAMPLES=100000` (`nox -s fuzz`) for a long run.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from dockerapi import DockerException, ProtocolError, StreamError
from dockerapi._decoders import FrameDecoder, JSONSplitter
from dockerapi._http11 import MAX_HEADERS, MAX_LINE, _BodyDecoder, _Head, _read_head, _split_head, _whole_body
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("DOCKERAPI_FUZZ_EXAMPLES", "200"))
fuzz = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

pytestmark = pytest.mark.timeout(max(120, EXAMPLES // 50))


def cuts(data: bytes, points: list[int]) -> list[bytes]:
    """`data` split at the given points (sorted, clipped): the pieces a socket could deliver."""
    marks = sorted({min(max(p, 0), len(data)) for p in points} | {0, len(data)})
    return [data[a:b] for a, b in zip(marks, marks[1:])]


def chunked(pieces: list[bytes], extension: bool = False) -> bytes:
    out = b"".join(b"%x%s\r\n%b\r\n" % (len(p), b";x=y" if extension else b"", p) for p in pieces if p)
    return out + b"0\r\n\r\n"


def frames(items: list[tuple[int, bytes]]) -> bytes:
    return b"".join(bytes([s, 0, 0, 0]) + len(p).to_bytes(4, "big") + p for s, p in items)


def mangle(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for position, value in edits:
        if out:
            out[position % len(out)] = value
    return bytes(out)


def decode_body(mode: str, length: int, pieces: list[bytes]) -> tuple[bytes, bool]:
    decoder = _BodyDecoder(mode, length)
    body = []
    for piece in pieces:
        body.append(decoder.feed(piece))
        if decoder.done:
            break
    return b"".join(body), decoder.done


# --- the HTTP/1.1 reader ------------------------------------------------------------------------------


@fuzz
@given(st.binary(max_size=4000), st.lists(st.integers(0, 4000), max_size=8), st.sampled_from(["GET", "HEAD"]))
def test_response_reader_on_any_bytes(data: bytes, points: list[int], method: str) -> None:
    buffer = b""
    try:
        for piece in cuts(data, points):
            buffer += piece
            split = _split_head(buffer)
            if split is None:
                continue
            head = _Head(split[0], method)
            assert 100 <= head.status <= 999
            if head.mode in ("length", "chunked", "close", "empty"):
                decode_body(head.mode, head.length, [split[1]])
            return
    except DockerException:
        pass


def _parsed(text: bytes, method: str, parse: Any) -> Any:
    try:
        head = parse(text, method)
    except DockerException as exc:
        return type(exc), str(exc)
    return head.status, head.reason, head.block, head.mode, head.length, head.keep_alive, head.encoded


@fuzz
@given(st.lists(st.tuples(st.sampled_from([
    b"HTTP/1.1 200 OK\r\nContent-Length: 2",
    b"HTTP/1.1 200 OK\r\nContent-Length: 3",
    b"HTTP/1.1 204 No Content\r\nContent-Length: 2",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close",
    b"HTTP/1.1 200 OK\r\nbad header line",
    b"HTTP/1.1 2x0 OK",
]), st.sampled_from(["GET", "HEAD", "POST"])), max_size=12))
def test_a_repeated_head_reads_as_a_fresh_parse(answers: list[tuple[bytes, str]]) -> None:
    # the reader reuses the previous answer's parse when the head repeats: whatever comes, in any order, each
    # head reads as parsing it afresh would, malformed ones included (they raise every time)
    for text, method in answers:
        assert _parsed(text, method, _read_head) == _parsed(text, method, _Head)


@fuzz
@given(st.lists(st.tuples(st.text("abcXYZ-", min_size=1, max_size=10), st.text("abc 1;=", max_size=20)),
                max_size=12),
       st.lists(st.binary(max_size=50), max_size=5), st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)),
                                                              max_size=3), st.lists(st.integers(0, 2000), max_size=6))
def test_response_reader_on_mangled_answers(headers: list[tuple[str, str]], pieces: list[bytes],
                                            edits: list[tuple[int, int]], points: list[int]) -> None:
    head = b"HTTP/1.1 200 OK\r\n" + b"".join(b"%s: %s\r\n" % (n.encode(), v.encode()) for n, v in headers)
    wire = head + b"Transfer-Encoding: chunked\r\n\r\n" + chunked(pieces)
    try:
        split = _split_head(mangle(wire, edits))
        if split is None:
            return
        parsed = _Head(split[0], "GET")
        body, done = decode_body(parsed.mode, parsed.length, cuts(split[1], points))
        if not edits and parsed.mode == "chunked":
            assert done and body == b"".join(pieces)
    except DockerException:
        pass


@fuzz
@given(st.integers(1, 3), st.integers(0, 300))
def test_head_limits(kind: int, extra: int) -> None:
    if kind == 1:
        buffer = b"HTTP/1.1 200 OK\r\nX: " + b"a" * (MAX_LINE + extra)
    elif kind == 2:
        buffer = b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * (MAX_HEADERS + 1 + extra)
    else:
        buffer = b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * (MAX_HEADERS + 1 + extra) + b"\r\n"
    with pytest.raises(ProtocolError):
        split = _split_head(buffer)
        assert split is not None
        _Head(split[0], "GET")


# --- the de-chunker -----------------------------------------------------------------------------------


@fuzz
@given(st.lists(st.binary(max_size=300), max_size=10), st.lists(st.integers(0, 5000), max_size=10), st.booleans())
def test_dechunker_round_trip(pieces: list[bytes], points: list[int], extension: bool) -> None:
    wire = chunked(pieces, extension) + b"HTTP/1.1 next"
    decoder = _BodyDecoder("chunked", 0)
    body = []
    for piece in cuts(wire, points):
        if decoder.done:
            break
        body.append(decoder.feed(piece))
    assert decoder.done
    assert b"".join(body) == b"".join(pieces)


def _decoded_whole(buffer: bytes) -> Any:
    """What the de-chunker makes of a buffer received with the head: (body, rest) when complete, else None."""
    decoder = _BodyDecoder("chunked", 0)
    body = decoder.feed(buffer)
    return (body, decoder.rest) if decoder.done else None


@fuzz
@given(st.lists(st.binary(max_size=300), max_size=3), st.booleans(), st.lists(st.tuples(st.integers(0, 5000),
       st.integers(0, 255)), max_size=2), st.sampled_from([b"", b"0", b"00", b"HTTP/1.1 next"]))
def test_a_whole_chunked_body_reads_as_the_dechunker_reads_it(pieces: list[bytes], extension: bool,
                                                             edits: list[tuple[int, int]], after: bytes) -> None:
    # `_whole_body` slices a one-chunk answer out without the decoder: same body, same rest, same errors
    head = _Head(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", "GET")
    buffer = mangle(chunked(pieces, extension), edits) + after
    try:
        expected = _decoded_whole(buffer) if buffer.endswith(b"0\r\n\r\n") else None
    except ProtocolError:
        with pytest.raises(ProtocolError):
            _whole_body(head, buffer)
        return
    assert _whole_body(head, buffer) == expected


@fuzz
@given(st.binary(max_size=3000), st.lists(st.integers(0, 3000), max_size=8))
def test_dechunker_on_any_bytes(data: bytes, points: list[int]) -> None:
    try:
        decode_body("chunked", 0, cuts(data, points))
    except DockerException:
        pass


@fuzz
@given(st.lists(st.binary(max_size=100), min_size=1, max_size=6), st.lists(st.tuples(st.integers(0, 5000),
       st.integers(0, 255)), min_size=1, max_size=4), st.lists(st.integers(0, 1000), max_size=6))
def test_dechunker_on_mangled_bodies(pieces: list[bytes], edits: list[tuple[int, int]], points: list[int]) -> None:
    try:
        decode_body("chunked", 0, cuts(mangle(chunked(pieces), edits), points))
    except DockerException:
        pass


# --- the frame decoder --------------------------------------------------------------------------------


@fuzz
@given(st.lists(st.tuples(st.sampled_from([0, 1, 2, 3]), st.binary(max_size=200)), max_size=10),
       st.lists(st.integers(0, 3000), max_size=10))
def test_frame_decoder_round_trip(items: list[tuple[int, bytes]], points: list[int]) -> None:
    decoder = FrameDecoder()
    out = []
    for piece in cuts(frames(items), points):
        out.extend(decoder.feed(piece))
    decoder.close()
    assert out == [(s, p) for s, p in items if p]


@fuzz
@given(st.binary(max_size=3000), st.lists(st.integers(0, 3000), max_size=8))
def test_frame_decoder_on_any_bytes(data: bytes, points: list[int]) -> None:
    decoder = FrameDecoder()
    try:
        for piece in cuts(data, points):
            for stream, payload in decoder.feed(piece):
                assert 0 <= stream <= 3 and payload
        decoder.close()
    except StreamError:
        pass


# --- the JSON splitter --------------------------------------------------------------------------------

documents = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@fuzz
@given(st.lists(documents, max_size=6), st.lists(st.integers(0, 2000), max_size=10),
       st.sampled_from([b"", b"\n", b"\r\n", b" "]))
def test_json_splitter_round_trip(docs: list[object], points: list[int], separator: bytes) -> None:
    # scalars next to each other need a separator to stay apart, as on the wire (the daemon ends each with \n)
    wire = b"".join(json.dumps(d).encode() + (separator or b"\n") for d in docs)
    splitter = JSONSplitter()
    out = []
    for piece in cuts(wire, points):
        out.extend(splitter.feed(piece))
    out.extend(splitter.close())
    assert [json.loads(d) for d in out] == docs


@fuzz
@given(st.binary(max_size=3000), st.lists(st.integers(0, 3000), max_size=8))
def test_json_splitter_on_any_bytes(data: bytes, points: list[int]) -> None:
    splitter = JSONSplitter()
    try:
        for piece in cuts(data, points):
            for document in splitter.feed(piece):
                assert isinstance(document, bytes)
        splitter.close()
    except StreamError:
        pass


@fuzz
@given(st.text(alphabet='{}[]":,\\ \n0123456789.-eEtruefalsn', max_size=400), st.lists(st.integers(0, 400),
       max_size=8))
def test_json_splitter_on_json_like_text(text: str, points: list[int]) -> None:
    splitter = JSONSplitter()
    try:
        for piece in cuts(text.encode(), points):
            for document in splitter.feed(piece):
                json.loads(document)  # whatever the splitter hands out is one whole document
        splitter.close()
    except StreamError:
        pass
