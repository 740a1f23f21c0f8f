# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `distribution` methods of both clients; results are plain dicts and lists (`dockerapi.classic.typeddicts`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import _catalog as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .. import typeddicts

__all__ = ["DistributionMethods", "AsyncDistributionMethods"]


class DistributionMethods(SyncAPIClient):
    """The distribution methods of `Client`."""

    def inspect_distribution(
        self,
        image: str,
        auth_config: dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.DistributionInspect:
        """Ask the registry (through the daemon) for an image's manifest digest and platforms, without pulling it.

        Endpoint: `GET /distribution/{name}/json`, API >= 1.30.

        Args:
            image: The image reference as the registry knows it, e.g. "busybox:1.36" or
                "registry.example.com/team/app@sha256:...".
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the image's registry are taken from
                login() or the Docker config file.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (DistributionInspect keys): The manifest's descriptor (media type, digest, size
                in bytes) and the platforms the image exists for.

        Raises:
            APIError: the daemon refused the request (status 401); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_distribution,
            {
                "image": image,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )


class AsyncDistributionMethods(AsyncAPIClient):
    """The distribution methods of `AsyncClient`."""

    async def inspect_distribution(
        self,
        image: str,
        auth_config: dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.DistributionInspect:
        """Ask the registry (through the daemon) for an image's manifest digest and platforms, without pulling it.

        Endpoint: `GET /distribution/{name}/json`, API >= 1.30.

        Args:
            image: The image reference as the registry knows it, e.g. "busybox:1.36" or
                "registry.example.com/team/app@sha256:...".
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the image's registry are taken from
                login() or the Docker config file.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (DistributionInspect keys): The manifest's descriptor (media type, digest, size
                in bytes) and the platforms the image exists for.

        Raises:
            APIError: the daemon refused the request (status 401); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_distribution,
            {
                "image": image,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )
