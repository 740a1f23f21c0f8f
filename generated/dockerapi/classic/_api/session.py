# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `session` methods of both clients; results are plain dicts and lists (`dockerapi.classic.typeddicts`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ... import _catalog as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ..._streams import AsyncHijackedSocket, HijackedSocket

__all__ = ["SessionMethods", "AsyncSessionMethods"]


class SessionMethods(SyncAPIClient):
    """The session methods of `Client`."""

    def session(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> HijackedSocket:
        """Open an interactive session for BuildKit over an upgraded connection.

        Low-level: the connection is handed over for HTTP/2 without TLS (h2c), on which the caller
        serves the gRPC services BuildKit calls back (file sync, credentials, secrets). Name the
        session with extra_headers such as X-Docker-Expose-Session-Uuid and
        X-Docker-Expose-Session-Name; this client does not speak gRPC itself.

        Endpoint: `POST /session`, API >= 1.31.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            HijackedSocket: The upgraded connection, a socket-like object with send, recv and
                close.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.session,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )


class AsyncSessionMethods(AsyncAPIClient):
    """The session methods of `AsyncClient`."""

    async def session(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> AsyncHijackedSocket:
        """Open an interactive session for BuildKit over an upgraded connection.

        Low-level: the connection is handed over for HTTP/2 without TLS (h2c), on which the caller
        serves the gRPC services BuildKit calls back (file sync, credentials, secrets). Name the
        session with extra_headers such as X-Docker-Expose-Session-Uuid and
        X-Docker-Expose-Session-Name; this client does not speak gRPC itself.

        Endpoint: `POST /session`, API >= 1.31.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            HijackedSocket: The upgraded connection, a socket-like object with send, recv and
                close.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.session,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )
