# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `task` methods of both clients; results are plain dicts and lists (`dockerapi.classic.types`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ... import _operations as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._results import AsyncOutputStream, OutputStream

if TYPE_CHECKING:
    from ..._models import DockerModel
    from .. import types

__all__ = ["TaskMethods", "AsyncTaskMethods"]


class TaskMethods(SyncAPIClient):
    """The task methods of `Client`."""

    def inspect_task(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.Task:
        """Low-level information about one task.

        Endpoint: `GET /tasks/{id}`, API >= 1.24.

        Args:
            task: sent as path `id`.

        Returns:
            dict (Task keys)

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_task,
            {"task": task, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def task_logs(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        details: bool = False,
        follow: bool = False,
        stdout: bool = False,
        stderr: bool = False,
        since: datetime | int | float = 0,
        timestamps: bool = False,
        tail: str | int = "all",
        *,
        is_tty: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes] | bytes:
        """The logs of one task.

        Endpoint: `GET /tasks/{id}/logs`, API >= 1.29.

        Args:
            task: sent as path `id`.
            details: sent as query `details`. Default: `False`. API >= 1.29.
            follow: sent as query `follow`. Default: `False`. API >= 1.29.
            stdout: sent as query `stdout`. Default: `False`. API >= 1.29.
            stderr: sent as query `stderr`. Default: `False`. API >= 1.29.
            since: sent as query `since`. Default: `0`. API >= 1.29.
            timestamps: sent as query `timestamps`. Default: `False`. API >= 1.29.
            tail: sent as query `tail`. Default: `'all'`. API >= 1.29.
            is_tty: client-side option.

        Returns:
            OutputStream[bytes] | bytes

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.task_logs,
            {
                "task": task,
                "details": details,
                "follow": follow,
                "stdout": stdout,
                "stderr": stderr,
                "since": since,
                "timestamps": timestamps,
                "tail": tail,
                "is_tty": is_tty,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def tasks(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[types.Task]:
        """List the tasks of the swarm.

        Endpoint: `GET /tasks`, API >= 1.24.

        Args:
            filters: sent as query `filters`.

        Returns:
            list[dict (Task keys)]

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.tasks,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )


class AsyncTaskMethods(AsyncAPIClient):
    """The task methods of `AsyncClient`."""

    async def inspect_task(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> types.Task:
        """Low-level information about one task.

        Endpoint: `GET /tasks/{id}`, API >= 1.24.

        Args:
            task: sent as path `id`.

        Returns:
            dict (Task keys)

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_task,
            {"task": task, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def task_logs(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        details: bool = False,
        follow: bool = False,
        stdout: bool = False,
        stderr: bool = False,
        since: datetime | int | float = 0,
        timestamps: bool = False,
        tail: str | int = "all",
        *,
        is_tty: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[bytes] | bytes:
        """The logs of one task.

        Endpoint: `GET /tasks/{id}/logs`, API >= 1.29.

        Args:
            task: sent as path `id`.
            details: sent as query `details`. Default: `False`. API >= 1.29.
            follow: sent as query `follow`. Default: `False`. API >= 1.29.
            stdout: sent as query `stdout`. Default: `False`. API >= 1.29.
            stderr: sent as query `stderr`. Default: `False`. API >= 1.29.
            since: sent as query `since`. Default: `0`. API >= 1.29.
            timestamps: sent as query `timestamps`. Default: `False`. API >= 1.29.
            tail: sent as query `tail`. Default: `'all'`. API >= 1.29.
            is_tty: client-side option.

        Returns:
            OutputStream[bytes] | bytes

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.task_logs,
            {
                "task": task,
                "details": details,
                "follow": follow,
                "stdout": stdout,
                "stderr": stderr,
                "since": since,
                "timestamps": timestamps,
                "tail": tail,
                "is_tty": is_tty,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def tasks(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[types.Task]:
        """List the tasks of the swarm.

        Endpoint: `GET /tasks`, API >= 1.24.

        Args:
            filters: sent as query `filters`.

        Returns:
            list[dict (Task keys)]

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.tasks,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )
