"""What code written for docker-py reads of `APIClient` as a `requests.Session`: `get_adapter(url)`.

docker-py's low-level client is a requests session with one transport adapter mounted for the daemon's
address; libraries ask it for the adapter to learn where the daemon listens (testcontainers-python mounts
the unix socket's path into its reaper container). The classic `Client` and `AsyncClient` answer with a
`TransportAdapter`, a description of the client's connection; nothing is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._errors import InvalidArgument

if TYPE_CHECKING:
    from .._connection import Endpoint

__all__ = ["SessionCompat", "TransportAdapter"]


@dataclass(frozen=True)
class TransportAdapter:
    """How the client reaches the daemon: `socket_path` for a unix socket, `npipe_path` for a Windows named
    pipe (None otherwise), and the daemon's address (`unix:///...`, `http://host:2375` for tcp, `ssh://...`)."""

    address: str
    socket_path: str | None = None
    npipe_path: str | None = None


class SessionCompat:
    """`get_adapter()` for the classic clients (mixed into `Client` and `AsyncClient`)."""

    _endpoint: Endpoint
    base_url: str

    def get_adapter(self, url: str) -> TransportAdapter:
        """The adapter that carries requests to `url`: any URL under the client's `base_url` (docker-py's
        `APIClient.get_adapter(client.base_url)`). Pure: reads the client's settings, sends nothing.

        Args:
            url: A URL the client sends requests to: its `base_url`, or a path under it.

        Raises:
            InvalidArgument: `url` is not one this client sends requests to.
        """
        endpoint = self._endpoint
        if not str(url).startswith(self.base_url):
            raise InvalidArgument(f"no transport adapter for {url!r}: this client sends to {self.base_url}")
        return TransportAdapter(
            address=str(endpoint),
            socket_path=endpoint.path if endpoint.scheme == "unix" else None,
            npipe_path=endpoint.path if endpoint.scheme == "npipe" else None,
        )
