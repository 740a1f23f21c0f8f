# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `node` methods of both clients; results are pydantic models of `dockerapi.models`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _catalog as _ops
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .. import models
    from .._model_base import DockerModel

__all__ = ["NodeMethods", "AsyncNodeMethods"]


class NodeMethods(SyncAPIClient):
    """The node methods of `Client`."""

    def inspect_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Node:
        """Read the full description of one swarm node.

        Endpoint: `GET /nodes/{id}`, API >= 1.24.

        Args:
            node_id: The node, by ID, ID prefix or hostname, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Node: The node's spec, hardware and engine description, state, and manager status
                for a manager.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_node,
            {"node_id": node_id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def nodes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Node]:
        """List the nodes of the swarm (on a manager).

        Endpoint: `GET /nodes`, API >= 1.24.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s) (a single value
                becomes a one-item list) or a JSON string. Keys the daemon knows are id, label (an
                engine label), node.label (a label set on the node), membership ("accepted",
                "pending"), name and role ("manager", "worker").
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[Node]: One entry per node, with its spec, description (host, platform,
                resources), status and manager status.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.nodes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def remove_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a node from the swarm.

        Endpoint: `DELETE /nodes/{id}`, API >= 1.24.

        Args:
            node_id: The node, by ID, ID prefix or hostname, or a result carrying an "ID" key.
            force: Remove the node even though it is still up and reachable; without it only a
                node that is down can be removed. Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the node is removed.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_node,
            {
                "node_id": node_id,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def update_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        version: int,
        node_spec: models.NodeSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Change a node's role, availability, name or labels.

        The spec sent replaces the node's spec as a whole, so pass every field you want to keep,
        e.g. the current spec from inspect_node with one value changed.

        Endpoint: `POST /nodes/{id}/update`, API >= 1.24.

        Args:
            node_id: The node, by ID, ID prefix or hostname, or a result carrying an "ID" key.
            version: The version of the node the change is based on, read from
                `inspect_node(node)["Version"]["Index"]`; a stale number makes the daemon refuse.
            node_spec: The new spec, as a NodeSpec model or a dict such as {"Role": "worker",
                "Availability": "drain", "Labels": {"zone": "a"}}.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the node is updated.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.update_node,
            {
                "node_id": node_id,
                "version": version,
                "node_spec": node_spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )


class AsyncNodeMethods(AsyncAPIClient):
    """The node methods of `AsyncClient`."""

    async def inspect_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Node:
        """Read the full description of one swarm node.

        Endpoint: `GET /nodes/{id}`, API >= 1.24.

        Args:
            node_id: The node, by ID, ID prefix or hostname, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Node: The node's spec, hardware and engine description, state, and manager status
                for a manager.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_node,
            {"node_id": node_id, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def nodes(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Node]:
        """List the nodes of the swarm (on a manager).

        Endpoint: `GET /nodes`, API >= 1.24.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s) (a single value
                becomes a one-item list) or a JSON string. Keys the daemon knows are id, label (an
                engine label), node.label (a label set on the node), membership ("accepted",
                "pending"), name and role ("manager", "worker").
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[Node]: One entry per node, with its spec, description (host, platform,
                resources), status and manager status.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.nodes,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def remove_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a node from the swarm.

        Endpoint: `DELETE /nodes/{id}`, API >= 1.24.

        Args:
            node_id: The node, by ID, ID prefix or hostname, or a result carrying an "ID" key.
            force: Remove the node even though it is still up and reachable; without it only a
                node that is down can be removed. Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the node is removed.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_node,
            {
                "node_id": node_id,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def update_node(
        self,
        node_id: str | Mapping[str, Any] | DockerModel,
        version: int,
        node_spec: models.NodeSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Change a node's role, availability, name or labels.

        The spec sent replaces the node's spec as a whole, so pass every field you want to keep,
        e.g. the current spec from inspect_node with one value changed.

        Endpoint: `POST /nodes/{id}/update`, API >= 1.24.

        Args:
            node_id: The node, by ID, ID prefix or hostname, or a result carrying an "ID" key.
            version: The version of the node the change is based on, read from
                `inspect_node(node)["Version"]["Index"]`; a stale number makes the daemon refuse.
            node_spec: The new spec, as a NodeSpec model or a dict such as {"Role": "worker",
                "Availability": "drain", "Labels": {"zone": "a"}}.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the node is updated.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            NotFound: no such object (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.update_node,
            {
                "node_id": node_id,
                "version": version,
                "node_spec": node_spec,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )
