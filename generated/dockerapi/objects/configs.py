# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `configs` objects and their collection, sync and async side by side; generated from spec/objects/configs.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

from .. import _object_plans as _plans
from .._objects import DockerObject, ObjectCollection

if TYPE_CHECKING:
    from .. import models
    from .._docker_client import AsyncDockerClient, DockerClient
    from .._model_base import DockerModel

__all__ = ["Config", "ConfigCollection", "AsyncConfig", "AsyncConfigCollection"]


class Config(DockerObject):
    """A swarm config, as a manager last described it (`attrs`, with its data)."""

    _id_field: ClassVar[str] = "ID"
    _typed: ClassVar[bool] = True
    client: DockerClient
    collection: ConfigCollection

    @property
    def attrs(self) -> models.Config:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.Config", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.Config) -> None:
        self._set_attrs(value)

    @property
    def name(self) -> str | None:
        """The config's name (Spec.Name)."""
        return _plans.spec_name(self._attrs)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {_plans.spec_name_repr(self._attrs)}>"

    def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(self.client.api.inspect_config(self.id))

    def remove(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Delete a config; one still used by a service cannot be removed.

        Calls `client.api.remove_config()`. Endpoint: `DELETE /configs/{id}`, API >= 1.30.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the config is removed.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.remove_config(
            id=self.id, request_timeout=request_timeout, extra_headers=extra_headers
        )


class ConfigCollection(ObjectCollection):
    """The configs of the swarm (`client.configs`); a swarm manager answers."""

    model: ClassVar[type[Config]] = Config
    _attribute: ClassVar[str] = "configs"
    client: DockerClient

    def get(
        self,
        config_id: str | Mapping[str, Any] | DockerModel | DockerObject,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Config:
        """Read one config, including its data.

        Calls `client.api.inspect_config()`. Endpoint: `GET /configs/{id}`, API >= 1.30.

        Args:
            config_id: The config, by ID, ID prefix or name, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Config: The config's ID, version (needed to update it), dates and spec, whose Data
                is base64-encoded.

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
            "Config",
            self.prepare_model(
                api.inspect_config(id=config_id, request_timeout=request_timeout, extra_headers=extra_headers)
            ),
        )

    def create(
        self,
        *,
        name: str,
        data: bytes | str,
        labels: dict[str, str] | None = None,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
    ) -> Config:
        """Create a config and return it.

        The typed faces read the new config back, so attrs is its whole description; the classic
        face returns it as docker-py does, with attrs holding only ID and Spec.Name (reload() reads
        the rest).

        Calls `create_config()`, `inspect_config()` of `client.api`.

        Args:
            name: The config's name, unique in the swarm.
            data: The content (sent base64-encoded).
            labels: Metadata for the config, as a dict of label to value.
            templating: A templating driver that expands the data for each task, as a Driver or
                a dict such as {"Name": "golang"}. API >= 1.37.

        Returns:
            Config

        Raises:
            NotFound: no such object (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "Config",
            self.client.api._run(
                _plans.configs_create(
                    self,
                    name=name,
                    data=data,
                    keywords={
                        "create_config": {
                            "labels": labels,
                            "templating": templating,
                        },
                    },
                ),
                "configs.create",
            ),
        )

    def list(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Config]:
        """List the swarm's configs.

        Calls `client.api.configs()`. Endpoint: `GET /configs`, API >= 1.30.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s) (a single value
                becomes a one-item list, a dict value "key=value" entries) or a JSON string. Keys
                the daemon knows are id, label, name and names (exact names).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Config: One entry per config, with its ID, version, dates and spec, including the
                data in base64.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        answer = self.client.api.configs(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )
        return [self.prepare_model(item) for item in answer]


class AsyncConfig(DockerObject):
    """A swarm config, as a manager last described it (`attrs`, with its data)."""

    _id_field: ClassVar[str] = "ID"
    _typed: ClassVar[bool] = True
    client: AsyncDockerClient
    collection: AsyncConfigCollection

    @property
    def attrs(self) -> models.Config:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.Config", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.Config) -> None:
        self._set_attrs(value)

    @property
    def name(self) -> str | None:
        """The config's name (Spec.Name)."""
        return _plans.spec_name(self._attrs)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {_plans.spec_name_repr(self._attrs)}>"

    async def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(await self.client.api.inspect_config(self.id))

    async def remove(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Delete a config; one still used by a service cannot be removed.

        Calls `client.api.remove_config()`. Endpoint: `DELETE /configs/{id}`, API >= 1.30.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the config is removed.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.client.api.remove_config(
            id=self.id, request_timeout=request_timeout, extra_headers=extra_headers
        )


class AsyncConfigCollection(ObjectCollection):
    """The configs of the swarm (`client.configs`); a swarm manager answers."""

    model: ClassVar[type[AsyncConfig]] = AsyncConfig
    _attribute: ClassVar[str] = "configs"
    client: AsyncDockerClient

    async def get(
        self,
        config_id: str | Mapping[str, Any] | DockerModel | DockerObject,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncConfig:
        """Read one config, including its data.

        Calls `client.api.inspect_config()`. Endpoint: `GET /configs/{id}`, API >= 1.30.

        Args:
            config_id: The config, by ID, ID prefix or name, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            AsyncConfig: The config's ID, version (needed to update it), dates and spec, whose
                Data is base64-encoded.

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
            "AsyncConfig",
            self.prepare_model(
                await api.inspect_config(
                    id=config_id, request_timeout=request_timeout, extra_headers=extra_headers
                )
            ),
        )

    async def create(
        self,
        *,
        name: str,
        data: bytes | str,
        labels: dict[str, str] | None = None,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
    ) -> AsyncConfig:
        """Create a config and return it.

        The typed faces read the new config back, so attrs is its whole description; the classic
        face returns it as docker-py does, with attrs holding only ID and Spec.Name (reload() reads
        the rest).

        Calls `create_config()`, `inspect_config()` of `client.api`.

        Args:
            name: The config's name, unique in the swarm.
            data: The content (sent base64-encoded).
            labels: Metadata for the config, as a dict of label to value.
            templating: A templating driver that expands the data for each task, as a Driver or
                a dict such as {"Name": "golang"}. API >= 1.37.

        Returns:
            AsyncConfig

        Raises:
            NotFound: no such object (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "AsyncConfig",
            await self.client.api._run(
                _plans.configs_create(
                    self,
                    name=name,
                    data=data,
                    keywords={
                        "create_config": {
                            "labels": labels,
                            "templating": templating,
                        },
                    },
                ),
                "configs.create",
            ),
        )

    async def list(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[AsyncConfig]:
        """List the swarm's configs.

        Calls `client.api.configs()`. Endpoint: `GET /configs`, API >= 1.30.

        Args:
            filters: Narrow the list, as a dict of filter name to value(s) (a single value
                becomes a one-item list, a dict value "key=value" entries) or a JSON string. Keys
                the daemon knows are id, label, name and names (exact names).
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            AsyncConfig: One entry per config, with its ID, version, dates and spec, including
                the data in base64.

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        answer = await self.client.api.configs(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )
        return [self.prepare_model(item) for item in answer]
