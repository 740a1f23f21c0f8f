# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `system` methods of both clients; results are plain dicts and lists (`dockerapi.classic.types`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from ... import _operations as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._results import AsyncJSONStream, JSONStream

if TYPE_CHECKING:
    from .. import types

__all__ = ["SystemMethods", "AsyncSystemMethods"]


class SystemMethods(SyncAPIClient):
    """The system methods of `Client`."""

    def df(
        self,
        *,
        type: list[str] | None = None,
        verbose: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.SystemDataUsageResponse:
        """Disk usage of images, containers, volumes and build cache.

        Endpoint: `GET /system/df`, API >= 1.25.

        Args:
            type: sent as query `type`. API >= 1.42.
            verbose: sent as query `verbose`. Default: `False`. API >= 1.52.

        Returns:
            dict (SystemDataUsageResponse keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.df,
            {
                "type": type,
                "verbose": verbose,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[True] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]]: ...
    @overload
    def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False],
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...
    @overload
    def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[False] = ...,
        stream: Literal[True] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str]: ...
    @overload
    def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[False] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    def events(
        self,
        since: datetime | int | float | str | None = None,
        until: datetime | int | float | str | None = None,
        filters: dict[str, Any] | str | None = None,
        decode: bool | None = None,
        *,
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | dict[str, Any] | JSONStream[str]:
        """Real-time events from the daemon, like `docker events`.

        Endpoint: `GET /events`, API >= 1.24.

        Args:
            since: sent as query `since`.
            until: sent as query `until`.
            filters: sent as query `filters`.
            decode: client-side option.
            stream: client-side option. Default: `True`.

        Returns:
            JSONStream[dict[str, Any]] | dict[str, Any] | JSONStream[str]

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.events,
            {
                "since": since,
                "until": until,
                "filters": filters,
                "decode": decode,
                "stream": stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def info(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> types.SystemInfo:
        """System-wide information, like `docker info`.

        Endpoint: `GET /info`, API >= 1.24.

        Returns:
            dict (SystemInfo keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.info,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def login(
        self,
        username: str | None = None,
        password: str | None = None,
        email: str | None = None,
        registry: str | None = None,
        reauth: bool = False,
        dockercfg_path: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.AuthResponse:
        """Check registry credentials with the daemon and keep them for later pulls and pushes.

        Endpoint: `POST /auth`, API >= 1.24.

        Args:
            username: sent as body-field `username`.
            password: sent as body-field `password`.
            email: sent as body-field `email`. API >= 1.25. Not in API >= 1.52.
            registry: sent as body-field `serveraddress`.
            reauth: client-side option. Default: `False`.
            dockercfg_path: client-side option.

        Returns:
            dict (AuthResponse keys)

        Raises:
            APIError: the daemon refused the request (status 401); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.login,
            {
                "username": username,
                "password": password,
                "registry": registry,
                "email": email,
                "reauth": reauth,
                "dockercfg_path": dockercfg_path,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def ping(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Check that the daemon answers; true when it does.

        Endpoint: `GET /_ping`, API >= 1.24.

        Returns:
            bool

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.ping,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def ping_head(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Ping with HEAD; true when the daemon answers (its headers carry the API version).

        Endpoint: `HEAD /_ping`, API >= 1.40.

        Returns:
            bool

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.ping_head,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def version(
        self,
        api_version: bool = True,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.SystemVersion:
        """Version information of the daemon and its components.

        Endpoint: `GET /version`, API >= 1.24.

        Args:
            api_version: client-side option. Default: `True`.

        Returns:
            dict (SystemVersion keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.version,
            {"api_version": api_version, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )


class AsyncSystemMethods(AsyncAPIClient):
    """The system methods of `AsyncClient`."""

    async def df(
        self,
        *,
        type: list[str] | None = None,
        verbose: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.SystemDataUsageResponse:
        """Disk usage of images, containers, volumes and build cache.

        Endpoint: `GET /system/df`, API >= 1.25.

        Args:
            type: sent as query `type`. API >= 1.42.
            verbose: sent as query `verbose`. Default: `False`. API >= 1.52.

        Returns:
            dict (SystemDataUsageResponse keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.df,
            {
                "type": type,
                "verbose": verbose,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    @overload
    async def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[True] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]]: ...
    @overload
    async def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False],
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...
    @overload
    async def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        decode: Literal[False] = ...,
        stream: Literal[True] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str]: ...
    @overload
    async def events(
        self,
        since: datetime | int | float | str | None = ...,
        until: datetime | int | float | str | None = ...,
        filters: dict[str, Any] | str | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[False] = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    async def events(
        self,
        since: datetime | int | float | str | None = None,
        until: datetime | int | float | str | None = None,
        filters: dict[str, Any] | str | None = None,
        decode: bool | None = None,
        *,
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | dict[str, Any] | AsyncJSONStream[str]:
        """Real-time events from the daemon, like `docker events`.

        Endpoint: `GET /events`, API >= 1.24.

        Args:
            since: sent as query `since`.
            until: sent as query `until`.
            filters: sent as query `filters`.
            decode: client-side option.
            stream: client-side option. Default: `True`.

        Returns:
            JSONStream[dict[str, Any]] | dict[str, Any] | JSONStream[str]

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.events,
            {
                "since": since,
                "until": until,
                "filters": filters,
                "decode": decode,
                "stream": stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def info(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> types.SystemInfo:
        """System-wide information, like `docker info`.

        Endpoint: `GET /info`, API >= 1.24.

        Returns:
            dict (SystemInfo keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.info,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def login(
        self,
        username: str | None = None,
        password: str | None = None,
        email: str | None = None,
        registry: str | None = None,
        reauth: bool = False,
        dockercfg_path: str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.AuthResponse:
        """Check registry credentials with the daemon and keep them for later pulls and pushes.

        Endpoint: `POST /auth`, API >= 1.24.

        Args:
            username: sent as body-field `username`.
            password: sent as body-field `password`.
            email: sent as body-field `email`. API >= 1.25. Not in API >= 1.52.
            registry: sent as body-field `serveraddress`.
            reauth: client-side option. Default: `False`.
            dockercfg_path: client-side option.

        Returns:
            dict (AuthResponse keys)

        Raises:
            APIError: the daemon refused the request (status 401); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.login,
            {
                "username": username,
                "password": password,
                "registry": registry,
                "email": email,
                "reauth": reauth,
                "dockercfg_path": dockercfg_path,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def ping(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Check that the daemon answers; true when it does.

        Endpoint: `GET /_ping`, API >= 1.24.

        Returns:
            bool

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.ping,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def ping_head(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Ping with HEAD; true when the daemon answers (its headers carry the API version).

        Endpoint: `HEAD /_ping`, API >= 1.40.

        Returns:
            bool

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.ping_head,
            {"request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def version(
        self,
        api_version: bool = True,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.SystemVersion:
        """Version information of the daemon and its components.

        Endpoint: `GET /version`, API >= 1.24.

        Args:
            api_version: client-side option. Default: `True`.

        Returns:
            dict (SystemVersion keys)

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.version,
            {"api_version": api_version, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )
