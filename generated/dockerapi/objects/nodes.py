# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `nodes` objects and their collection, sync and async side by side; generated from spec/objects/nodes.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

from .. import _object_plans as _plans
from .._objects import DockerObject, ObjectCollection

if TYPE_CHECKING:
    from .. import models
    from .._docker_client import AsyncDockerClient, DockerClient
    from .._model_base import DockerModel

__all__ = ["Node", "NodeCollection", "AsyncNode", "AsyncNodeCollection"]


class Node(DockerObject):
    """A node of the swarm, as a manager last described it (`attrs`); its methods act on it by id."""

    _id_field: ClassVar[str] = "ID"
    _typed: ClassVar[bool] = True
    client: DockerClient
    collection: NodeCollection

    @property
    def attrs(self) -> models.Node:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.Node", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.Node) -> None:
        self._set_attrs(value)

    @property
    def version(self) -> int:
        """The object's version index in the swarm's store: an update must name the current one, so reload() after someone else changed the node."""
        return _plans.swarm_object_version(self._attrs)

    def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(self.client.api.inspect_node(self.id))

    def update(
        self,
        node_spec: models.NodeSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Change a node's role, availability, name or labels.

        The spec sent replaces the node's spec as a whole, so pass every field you want to keep,
        e.g. the current spec from inspect_node with one value changed.

        Calls `client.api.update_node()`. Endpoint: `POST /nodes/{id}/update`, API >= 1.24.

        Args:
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
        return self.client.api.update_node(
            node_id=self.id,
            version=self.version,
            node_spec=node_spec,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def remove(
        self,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a node from the swarm.

        Calls `client.api.remove_node()`. Endpoint: `DELETE /nodes/{id}`, API >= 1.24.

        Args:
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
        return self.client.api.remove_node(
            node_id=self.id, force=force, request_timeout=request_timeout, extra_headers=extra_headers
        )


class NodeCollection(ObjectCollection):
    """The nodes of the swarm (`client.nodes`); a swarm manager answers."""

    model: ClassVar[type[Node]] = Node
    _attribute: ClassVar[str] = "nodes"
    client: DockerClient

    def get(
        self,
        node_id: str | Mapping[str, Any] | DockerModel | DockerObject,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Node:
        """Read the full description of one swarm node.

        Calls `client.api.inspect_node()`. Endpoint: `GET /nodes/{id}`, API >= 1.24.

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
        api: Any = self.client.api
        return cast(
            "Node",
            self.prepare_model(
                api.inspect_node(
                    node_id=node_id, request_timeout=request_timeout, extra_headers=extra_headers
                )
            ),
        )

    def list(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Node]:
        """List the nodes of the swarm (on a manager).

        Calls `client.api.nodes()`. Endpoint: `GET /nodes`, API >= 1.24.

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
            Node: One entry per node, with its spec, description (host, platform, resources),
                status and manager status.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        answer = self.client.api.nodes(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )
        return [self.prepare_model(item) for item in answer]


class AsyncNode(DockerObject):
    """A node of the swarm, as a manager last described it (`attrs`); its methods act on it by id."""

    _id_field: ClassVar[str] = "ID"
    _typed: ClassVar[bool] = True
    client: AsyncDockerClient
    collection: AsyncNodeCollection

    @property
    def attrs(self) -> models.Node:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.Node", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.Node) -> None:
        self._set_attrs(value)

    @property
    def version(self) -> int:
        """The object's version index in the swarm's store: an update must name the current one, so reload() after someone else changed the node."""
        return _plans.swarm_object_version(self._attrs)

    async def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(await self.client.api.inspect_node(self.id))

    async def update(
        self,
        node_spec: models.NodeSpec | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Change a node's role, availability, name or labels.

        The spec sent replaces the node's spec as a whole, so pass every field you want to keep,
        e.g. the current spec from inspect_node with one value changed.

        Calls `client.api.update_node()`. Endpoint: `POST /nodes/{id}/update`, API >= 1.24.

        Args:
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
        return await self.client.api.update_node(
            node_id=self.id,
            version=self.version,
            node_spec=node_spec,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    async def remove(
        self,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a node from the swarm.

        Calls `client.api.remove_node()`. Endpoint: `DELETE /nodes/{id}`, API >= 1.24.

        Args:
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
        return await self.client.api.remove_node(
            node_id=self.id, force=force, request_timeout=request_timeout, extra_headers=extra_headers
        )


class AsyncNodeCollection(ObjectCollection):
    """The nodes of the swarm (`client.nodes`); a swarm manager answers."""

    model: ClassVar[type[AsyncNode]] = AsyncNode
    _attribute: ClassVar[str] = "nodes"
    client: AsyncDockerClient

    async def get(
        self,
        node_id: str | Mapping[str, Any] | DockerModel | DockerObject,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncNode:
        """Read the full description of one swarm node.

        Calls `client.api.inspect_node()`. Endpoint: `GET /nodes/{id}`, API >= 1.24.

        Args:
            node_id: The node, by ID, ID prefix or hostname, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            AsyncNode: The node's spec, hardware and engine description, state, and manager
                status for a manager.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "AsyncNode",
            self.prepare_model(
                await api.inspect_node(
                    node_id=node_id, request_timeout=request_timeout, extra_headers=extra_headers
                )
            ),
        )

    async def list(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[AsyncNode]:
        """List the nodes of the swarm (on a manager).

        Calls `client.api.nodes()`. Endpoint: `GET /nodes`, API >= 1.24.

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
            AsyncNode: One entry per node, with its spec, description (host, platform,
                resources), status and manager status.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        answer = await self.client.api.nodes(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )
        return [self.prepare_model(item) for item in answer]
