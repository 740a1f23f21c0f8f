from __future__ import annotations

import json
import struct

import pytest
from dockerapi._decoders import (
    FrameDecoder,
    JSONSplitter,
    coalesce_frames,
    demux_collect,
    looks_multiplexed,
    split_frames,
    split_json,
)
from dockerapi._errors import StreamError
from hypothesis import given, settings
from hypothesis import strategies as st

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=12,
)
separators = st.sampled_from(["", "\n", "\r\n", " ", "\n\n", "\t "])


def chunked(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    out, prev = [], 0
    for p in points:
        out.append(data[prev:p])
        prev = p
    out.append(data[prev:])
    return out


def run_splitter(chunks: list[bytes]) -> list[bytes]:
    s = JSONSplitter()
    out: list[bytes] = []
    for c in chunks:
        out.extend(s.feed(c))
    out.extend(s.close())
    return out


@settings(max_examples=300, deadline=None)
@given(
    docs=st.lists(json_values, max_size=8),
    seps=st.lists(separators, min_size=9, max_size=9),
    ensure_ascii=st.booleans(),
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=12),
)
def test_splitter_any_chunking(
    docs: list[object], seps: list[str], ensure_ascii: bool, cuts: list[int]
) -> None:
    texts = [json.dumps(d, ensure_ascii=ensure_ascii) for d in docs]
    # Two scalars (or a scalar then a non-delimited doc) need a separator, as in real streams.
    stream = seps[0] + "".join(t + (seps[i + 1] or " ") for i, t in enumerate(texts))
    data = stream.encode()
    got = run_splitter(chunked(data, cuts))
    assert got == [t.encode() for t in texts]
    assert [json.loads(g) for g in got] == [json.loads(t) for t in texts]


@settings(max_examples=200, deadline=None)
@given(
    docs=st.lists(st.dictionaries(st.text(max_size=8), json_values, max_size=4), max_size=8),
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=12),
)
def test_splitter_objects_without_separators(docs: list[dict[str, object]], cuts: list[int]) -> None:
    texts = [json.dumps(d) for d in docs]
    data = "".join(texts).encode()
    assert run_splitter(chunked(data, cuts)) == [t.encode() for t in texts]


def test_splitter_byte_by_byte_with_tricky_strings() -> None:
    docs = [{"a": 'x}]"\\', "b": ["{", "["]}, "é\u2028😀", [1, -2.5e3], True, None, 42]
    data = "\n".join(json.dumps(d, ensure_ascii=False) for d in docs).encode()
    got = run_splitter([data[i : i + 1] for i in range(len(data))])
    assert [json.loads(g) for g in got] == docs


def test_splitter_number_across_chunks() -> None:
    s = JSONSplitter()
    assert s.feed(b'{"a":1}\n12') == [b'{"a":1}']
    assert s.feed(b"34") == []
    assert s.feed(b" 5") == [b"1234"]
    assert s.close() == [b"5"]


def test_splitter_truncated_raises() -> None:
    s = JSONSplitter()
    assert s.feed(b'{"status": "ok"}\n{"status": "Down') == [b'{"status": "ok"}']
    with pytest.raises(StreamError):
        s.close()


def test_splitter_invalid_document_raises() -> None:
    with pytest.raises(StreamError):
        run_splitter([b'{"a": nope}\n{"b": 1}'])


def test_splitter_keeps_invalid_utf8_bytes() -> None:
    data = b'{"log": "\xff\xfe"}\n'
    assert run_splitter([data[:10], data[10:]]) == [data.strip()]


def test_splitter_whitespace_only_and_empty() -> None:
    assert run_splitter([b"", b"  \n", b"\r\n"]) == []


def test_split_json_helper() -> None:
    assert list(split_json([b'{"a"', b":1}{", b'"b":2}'])) == [b'{"a":1}', b'{"b":2}']


# Speed is measured in benchmarks/; these check that big inputs come out whole and in order.


def test_splitter_many_small_docs_cut_across_chunks() -> None:
    lines = [b'{"status":"Downloading","progressDetail":{"current":%d,"total":2},"id":"abc"}\n' % i for i in range(50_000)]
    data = b"".join(lines)
    got = run_splitter([data[i : i + 1000] for i in range(0, len(data), 1000)])
    assert got == [line.strip() for line in lines]


def test_splitter_one_big_doc_in_small_chunks() -> None:
    doc = json.dumps({"k": ["x" * 50] * 40_000}).encode()  # ~2 MB
    got = run_splitter([doc[i : i + 256] for i in range(0, len(doc), 256)])
    assert got == [doc]


def frame(stream: int, payload: bytes) -> bytes:
    return struct.pack(">BxxxL", stream, len(payload)) + payload


frames_st = st.lists(
    st.tuples(st.integers(min_value=0, max_value=3), st.binary(min_size=1, max_size=300)), max_size=10
)


@settings(max_examples=300, deadline=None)
@given(frames=frames_st, cuts=st.lists(st.integers(min_value=0, max_value=5000), max_size=15))
def test_frames_any_chunking(frames: list[tuple[int, bytes]], cuts: list[int]) -> None:
    data = b"".join(frame(s, p) for s, p in frames)
    d = FrameDecoder()
    got: list[tuple[int, bytes]] = []
    for c in chunked(data, cuts):
        got.extend(d.feed(c))
    d.close()
    assert got == frames


def test_frames_truncated_raises() -> None:
    d = FrameDecoder()
    assert d.feed(frame(1, b"hello")[:-1]) == []
    assert d.pending == 12
    with pytest.raises(StreamError):
        d.close()


def test_frames_bad_header_raises() -> None:
    with pytest.raises(StreamError, match="TTY"):
        FrameDecoder().feed(b"hello world, this is a tty\n")


def test_frames_empty_payload_dropped() -> None:
    assert list(split_frames([frame(1, b""), frame(2, b"x")])) == [(2, b"x")]


def test_frames_many_small_frames_keep_only_the_unfinished_one_buffered() -> None:
    frames = [(1 + i % 2, b"line %06d of output\n" % i) for i in range(200_000)]
    data = b"".join(frame(s, p) for s, p in frames)
    d = FrameDecoder()
    got: list[tuple[int, bytes]] = []
    for i in range(0, len(data), 65536):
        got.extend(d.feed(data[i : i + 65536]))
        assert d.pending < len(frame(1, frames[0][1]))  # consumed frames are not kept
    d.close()
    assert got == frames


def test_demux_collect() -> None:
    assert demux_collect([(1, b"a"), (2, b"e"), (1, b"b"), (0, b"in")]) == (b"ab", b"e")
    assert demux_collect([(1, b"a")]) == (b"a", None)
    assert demux_collect([]) == (None, None)
    with pytest.raises(StreamError, match="boom"):
        demux_collect([(1, b"a"), (3, b"boom\n")])


def test_coalesce_frames() -> None:
    assert coalesce_frames([(1, b"a"), (1, b"b"), (2, b"c"), (1, b"d")]) == [(1, b"ab"), (2, b"c"), (1, b"d")]
    assert coalesce_frames([]) == []


def test_looks_multiplexed() -> None:
    assert looks_multiplexed(frame(1, b"x"))
    assert not looks_multiplexed(b"hello")
    assert not looks_multiplexed(b"\x01\x00")
