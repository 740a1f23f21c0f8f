"""A minimal WebSocket (RFC 6455) client over an upgraded connection, for operations marked so in the catalog.

Only what a hijacked attach needs: the handshake headers, binary frames out (masked, as a client must),
data frames in (text and binary, possibly fragmented), pings answered, a close frame read as the end.
`WebSocketStream` has the network-stream shape (`read`, `write`, `close`) that `HijackedSocket` uses.
"""

from __future__ import annotations

import base64
import hashlib
import os
import struct
from typing import Any

from ._errors import DockerException

__all__ = ["handshake_headers", "check_accept", "encode_frame", "FrameParser", "WebSocketStream",
           "AsyncWebSocketStream"]

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_CONTINUATION, _TEXT, _BINARY, _CLOSE, _PING, _PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA


def handshake_headers() -> tuple[dict[str, str], str]:
    key = base64.b64encode(os.urandom(16)).decode()
    headers = {"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
               "Sec-WebSocket-Key": key}
    return headers, key


def check_accept(key: str, accept: str | None) -> None:
    expected = base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()
    if accept != expected:
        raise DockerException("the daemon's WebSocket handshake answer does not match the key sent")


def encode_frame(payload: bytes, opcode: int = _BINARY) -> bytes:
    mask = os.urandom(4)
    length = len(payload)
    if length < 126:
        head = struct.pack("!BB", 0x80 | opcode, 0x80 | length)
    elif length < 1 << 16:
        head = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, length)
    else:
        head = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, length)
    # XOR with the repeating 4-byte mask, done on whole integers rather than byte by byte
    repeated = (mask * (length // 4 + 1))[:length]
    masked = (int.from_bytes(payload, "big") ^ int.from_bytes(repeated, "big")).to_bytes(length, "big")
    return head + mask + masked


class FrameParser:
    """Incremental decoder of the frames a server sends (unmasked)."""

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, data: bytes) -> list[tuple[int, bytes]]:
        self._buffer += data
        frames = []
        while True:
            buffer = self._buffer
            if len(buffer) < 2:
                break
            opcode = buffer[0] & 0x0F
            masked = buffer[1] & 0x80
            length = buffer[1] & 0x7F
            offset = 2
            if length == 126:
                if len(buffer) < 4:
                    break
                length = struct.unpack_from("!H", buffer, 2)[0]
                offset = 4
            elif length == 127:
                if len(buffer) < 10:
                    break
                length = struct.unpack_from("!Q", buffer, 2)[0]
                offset = 10
            mask = b""
            if masked:
                mask = buffer[offset:offset + 4]
                offset += 4
            if len(buffer) < offset + length:
                break
            payload = buffer[offset:offset + length]
            if masked:
                repeated = (mask * (length // 4 + 1))[:length]
                payload = (int.from_bytes(payload, "big") ^ int.from_bytes(repeated, "big")).to_bytes(length, "big")
            frames.append((opcode, payload))
            self._buffer = buffer[offset + length:]
        return frames


class WebSocketStream:
    """Reads return data-frame payloads; writes send binary frames; a close frame reads as EOF."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._parser = FrameParser()
        self._pending = b""
        self._closed = False

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        while not self._pending and not self._closed:
            data = self._stream.read(65536, timeout)
            if not data:
                self._closed = True
                break
            for opcode, payload in self._parser.feed(data):
                if opcode in (_TEXT, _BINARY, _CONTINUATION):
                    self._pending += payload
                elif opcode == _PING:
                    self._stream.write(encode_frame(payload, _PONG), timeout)
                elif opcode == _CLOSE:
                    self._closed = True
        data, self._pending = self._pending[:max_bytes], self._pending[max_bytes:]
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(encode_frame(buffer), timeout)

    def close(self) -> None:
        try:
            self._stream.write(encode_frame(b"", _CLOSE))
        except Exception:  # already gone: closing is all that is left to do
            pass
        self._stream.close()

    def get_extra_info(self, info: str) -> Any:
        return None  # no half-close under WebSocket framing: stdin ends with the session


class AsyncWebSocketStream:
    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._parser = FrameParser()
        self._pending = b""
        self._closed = False

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        while not self._pending and not self._closed:
            data = await self._stream.read(65536, timeout)
            if not data:
                self._closed = True
                break
            for opcode, payload in self._parser.feed(data):
                if opcode in (_TEXT, _BINARY, _CONTINUATION):
                    self._pending += payload
                elif opcode == _PING:
                    await self._stream.write(encode_frame(payload, _PONG), timeout)
                elif opcode == _CLOSE:
                    self._closed = True
        data, self._pending = self._pending[:max_bytes], self._pending[max_bytes:]
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(encode_frame(buffer), timeout)

    async def aclose(self) -> None:
        try:
            await self._stream.write(encode_frame(b"", _CLOSE))
        except Exception:  # already gone: closing is all that is left to do
            pass
        await self._stream.aclose()

    def get_extra_info(self, info: str) -> Any:
        return None
