# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `task` methods of both clients; results are plain dicts and lists (`dockerapi.classic.typeddicts`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from ... import _catalog as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ..._model_base import DockerModel
    from ..._streams import AsyncOutputStream, OutputStream
    from .. import typeddicts

__all__ = ["TaskMethods", "AsyncTaskMethods"]


class TaskMethods(SyncAPIClient):
    """The task methods of `Client`."""

    def inspect_task(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> typeddicts.Task:
        """Read the full description of one task.

        Endpoint: `GET /tasks/{id}`, API >= 1.24.

        Args:
            task: The task, by ID or ID prefix, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (Task keys): The task's spec, the service and node it belongs to, its status
                and its network attachments.

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

    @overload
    def task_logs(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        details: bool = ...,
        follow: bool = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        since: datetime | int | float = ...,
        timestamps: bool = ...,
        tail: str | int = ...,
        *,
        stream: Literal[True] = ...,
        is_tty: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes]: ...
    @overload
    def task_logs(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        details: bool = ...,
        follow: bool = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        since: datetime | int | float = ...,
        timestamps: bool = ...,
        tail: str | int = ...,
        *,
        stream: Literal[False],
        is_tty: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes: ...

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
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OutputStream[bytes] | bytes:
        """Read the output of one task of a service.

        Works only for log drivers that can be read back (such as json-file, local or journald). By
        default the output comes as an iterator of chunks, as docker-py gives it; with stream=False
        it is collected and returned whole, so with follow=True that call returns only when the
        daemon ends the stream.

        Endpoint: `GET /tasks/{id}/logs`, API >= 1.29.

        Args:
            task: The task, by ID or ID prefix, or a result carrying an "ID" key.
            details: Include the extra attributes the log driver was given (log-opt labels and
                env) with each line. Default: `False`.
            follow: Keep reading new output as the task writes it, until the stream ends.
                Default: `False`.
            stdout: Include what the task wrote to standard output. Default: `False`.
            stderr: Include what the task wrote to standard error. Default: `False`.
            since: Only output written after this moment, as a datetime (naive means UTC) or
                Unix seconds as an int or float (the fraction is dropped). Default: `0`.
            timestamps: Start each line with the time it was written (RFC 3339 with
                nanoseconds). Default: `False`.
            tail: How many lines to return from the end of the output, as a number or "all".
                Default: `'all'`.
            is_tty: Whether the task's container runs with a TTY (its output is then raw, not
                framed); when unknown the client reads it from the task's spec, at the cost of one
                request.
            stream: Return an iterator of output chunks as they arrive; False collects the whole
                output as bytes. Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            OutputStream[bytes] | bytes: The log output as bytes, stdout and stderr interleaved.

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
                "stream": stream,
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
    ) -> list[typeddicts.Task]:
        """List the tasks of the swarm (on a manager).

        Endpoint: `GET /tasks`, API >= 1.24.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s) (a single value
                becomes a one-item list) or a JSON string. Keys the daemon knows are desired-state
                ("running", "shutdown", "accepted"), id, label, name, node (ID or name) and service
                (name).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[dict (Task keys)]: One entry per task, with its spec, service, node, slot,
                status and desired state.

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
    ) -> typeddicts.Task:
        """Read the full description of one task.

        Endpoint: `GET /tasks/{id}`, API >= 1.24.

        Args:
            task: The task, by ID or ID prefix, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (Task keys): The task's spec, the service and node it belongs to, its status
                and its network attachments.

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

    @overload
    async def task_logs(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        details: bool = ...,
        follow: bool = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        since: datetime | int | float = ...,
        timestamps: bool = ...,
        tail: str | int = ...,
        *,
        stream: Literal[True] = ...,
        is_tty: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[bytes]: ...
    @overload
    async def task_logs(
        self,
        task: str | Mapping[str, Any] | DockerModel,
        details: bool = ...,
        follow: bool = ...,
        stdout: bool = ...,
        stderr: bool = ...,
        since: datetime | int | float = ...,
        timestamps: bool = ...,
        tail: str | int = ...,
        *,
        stream: Literal[False],
        is_tty: bool | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes: ...

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
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncOutputStream[bytes] | bytes:
        """Read the output of one task of a service.

        Works only for log drivers that can be read back (such as json-file, local or journald). By
        default the output comes as an iterator of chunks, as docker-py gives it; with stream=False
        it is collected and returned whole, so with follow=True that call returns only when the
        daemon ends the stream.

        Endpoint: `GET /tasks/{id}/logs`, API >= 1.29.

        Args:
            task: The task, by ID or ID prefix, or a result carrying an "ID" key.
            details: Include the extra attributes the log driver was given (log-opt labels and
                env) with each line. Default: `False`.
            follow: Keep reading new output as the task writes it, until the stream ends.
                Default: `False`.
            stdout: Include what the task wrote to standard output. Default: `False`.
            stderr: Include what the task wrote to standard error. Default: `False`.
            since: Only output written after this moment, as a datetime (naive means UTC) or
                Unix seconds as an int or float (the fraction is dropped). Default: `0`.
            timestamps: Start each line with the time it was written (RFC 3339 with
                nanoseconds). Default: `False`.
            tail: How many lines to return from the end of the output, as a number or "all".
                Default: `'all'`.
            is_tty: Whether the task's container runs with a TTY (its output is then raw, not
                framed); when unknown the client reads it from the task's spec, at the cost of one
                request.
            stream: Return an iterator of output chunks as they arrive; False collects the whole
                output as bytes. Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            OutputStream[bytes] | bytes: The log output as bytes, stdout and stderr interleaved.

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
                "stream": stream,
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
    ) -> list[typeddicts.Task]:
        """List the tasks of the swarm (on a manager).

        Endpoint: `GET /tasks`, API >= 1.24.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s) (a single value
                becomes a one-item list) or a JSON string. Keys the daemon knows are desired-state
                ("running", "shutdown", "accepted"), id, label, name, node (ID or name) and service
                (name).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[dict (Task keys)]: One entry per task, with its spec, service, node, slot,
                status and desired state.

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
