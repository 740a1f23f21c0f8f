# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `secret` methods of both clients; results are plain dicts and lists (`dockerapi.classic.types`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import _operations as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ... import models
    from ..._models import DockerModel
    from .. import types

__all__ = ["SecretMethods", "AsyncSecretMethods"]


class SecretMethods(SyncAPIClient):
    """The secret methods of `Client`."""

    def create_secret(
        self,
        name: str | None = None,
        data: bytes | str | None = None,
        labels: dict[str, str] | None = None,
        driver: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.IDResponse:
        """Create a swarm secret.

        Endpoint: `POST /secrets/create`, API >= 1.25.

        Args:
            name: sent as body-field `Name`. API >= 1.25.
            data: sent as body-field `Data`. API >= 1.25.
            labels: sent as body-field `Labels`. API >= 1.25.
            driver: sent as body-field `Driver`. API >= 1.31.
            templating: sent as body-field `Templating`. API >= 1.37.

        Returns:
            dict (IDResponse keys)

        Raises:
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.create_secret,
            {
                "name": name,
                "labels": labels,
                "data": data,
                "driver": driver,
                "templating": templating,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def inspect_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.Secret:
        """Metadata of one secret.

        Endpoint: `GET /secrets/{id}`, API >= 1.25.

        Args:
            id: sent as path `id`.

        Returns:
            dict (Secret keys)

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_secret,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def remove_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a secret.

        Endpoint: `DELETE /secrets/{id}`, API >= 1.25.

        Args:
            id: sent as path `id`.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_secret,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def secrets(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[types.Secret]:
        """List swarm secrets (metadata only).

        Endpoint: `GET /secrets`, API >= 1.25.

        Args:
            filters: sent as query `filters`. API >= 1.25.

        Returns:
            list[dict (Secret keys)]

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.secrets,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def update_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        version: int,
        spec: models.SecretSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a secret's labels (the only field that may change).

        Endpoint: `POST /secrets/{id}/update`, API >= 1.26.

        Args:
            id: sent as path `id`.
            version: sent as query `version`. API >= 1.26.
            spec: sent as `body`.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.update_secret,
            {
                "id": id,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )


class AsyncSecretMethods(AsyncAPIClient):
    """The secret methods of `AsyncClient`."""

    async def create_secret(
        self,
        name: str | None = None,
        data: bytes | str | None = None,
        labels: dict[str, str] | None = None,
        driver: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.IDResponse:
        """Create a swarm secret.

        Endpoint: `POST /secrets/create`, API >= 1.25.

        Args:
            name: sent as body-field `Name`. API >= 1.25.
            data: sent as body-field `Data`. API >= 1.25.
            labels: sent as body-field `Labels`. API >= 1.25.
            driver: sent as body-field `Driver`. API >= 1.31.
            templating: sent as body-field `Templating`. API >= 1.37.

        Returns:
            dict (IDResponse keys)

        Raises:
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.create_secret,
            {
                "name": name,
                "labels": labels,
                "data": data,
                "driver": driver,
                "templating": templating,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def inspect_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.Secret:
        """Metadata of one secret.

        Endpoint: `GET /secrets/{id}`, API >= 1.25.

        Args:
            id: sent as path `id`.

        Returns:
            dict (Secret keys)

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_secret,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def remove_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a secret.

        Endpoint: `DELETE /secrets/{id}`, API >= 1.25.

        Args:
            id: sent as path `id`.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_secret,
            {"id": id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def secrets(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[types.Secret]:
        """List swarm secrets (metadata only).

        Endpoint: `GET /secrets`, API >= 1.25.

        Args:
            filters: sent as query `filters`. API >= 1.25.

        Returns:
            list[dict (Secret keys)]

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.secrets,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def update_secret(
        self,
        id: str | Mapping[str, Any] | DockerModel,
        version: int,
        spec: models.SecretSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a secret's labels (the only field that may change).

        Endpoint: `POST /secrets/{id}/update`, API >= 1.26.

        Args:
            id: sent as path `id`.
            version: sent as query `version`. API >= 1.26.
            spec: sent as `body`.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.update_secret,
            {
                "id": id,
                "version": version,
                "spec": spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )
