# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `secrets` objects and their collection, sync and async side by side; generated from spec/objects/secrets.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

from .. import _object_plans as _plans
from .._objects import DockerObject, ObjectCollection

if TYPE_CHECKING:
    from .. import models
    from .._docker_client import AsyncDockerClient, DockerClient
    from .._model_base import DockerModel

__all__ = ["Secret", "SecretCollection", "AsyncSecret", "AsyncSecretCollection"]


class Secret(DockerObject):
    """A swarm secret, as a manager last described it (`attrs`, metadata only: never the data)."""

    _id_field: ClassVar[str] = "ID"
    _typed: ClassVar[bool] = True
    client: DockerClient
    collection: SecretCollection

    @property
    def attrs(self) -> models.Secret:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.Secret", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.Secret) -> None:
        self._set_attrs(value)

    @property
    def name(self) -> str | None:
        """The secret's name (Spec.Name)."""
        return _plans.spec_name(self._attrs)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {_plans.spec_name_repr(self._attrs)}>"

    def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(self.client.api.inspect_secret(self.id))

    def remove(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Delete a secret; one still used by a service cannot be removed.

        Calls `client.api.remove_secret()`. Endpoint: `DELETE /secrets/{id}`, API >= 1.25.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the secret is removed.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.remove_secret(
            id=self.id, request_timeout=request_timeout, extra_headers=extra_headers
        )


class SecretCollection(ObjectCollection):
    """The secrets of the swarm (`client.secrets`); a swarm manager answers."""

    model: ClassVar[type[Secret]] = Secret
    _attribute: ClassVar[str] = "secrets"
    client: DockerClient

    def get(
        self,
        secret_id: str | Mapping[str, Any] | DockerModel | DockerObject,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Secret:
        """Read one secret's metadata; its data is never returned.

        Calls `client.api.inspect_secret()`. Endpoint: `GET /secrets/{id}`, API >= 1.25.

        Args:
            secret_id: The secret, by ID, ID prefix or name, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Secret: The secret's ID, version (needed to update it), dates and spec without Data.

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
            "Secret",
            self.prepare_model(
                api.inspect_secret(id=secret_id, request_timeout=request_timeout, extra_headers=extra_headers)
            ),
        )

    def create(
        self,
        *,
        name: str,
        data: bytes | str,
        labels: dict[str, str] | None = None,
        driver: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
    ) -> Secret:
        """Create a secret and return it.

        The typed faces read the new secret back, so attrs is its whole description; the classic
        face returns it as docker-py does, with attrs holding only ID and Spec.Name (reload() reads
        the rest).

        Calls `create_secret()`, `inspect_secret()` of `client.api`.

        Args:
            name: The secret's name, unique in the swarm.
            data: The content (sent base64-encoded).
            labels: Metadata for the secret, as a dict of label to value.
            driver: A secret store plugin that provides the value, as a Driver or a dict such as
                {"Name": "my-secrets-plugin", "Options": {}}; leave it out to keep the data in the
                swarm. API >= 1.31.
            templating: A templating driver that expands the data for each task, as a Driver or
                a dict such as {"Name": "golang"}. API >= 1.37.

        Returns:
            Secret

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
            "Secret",
            self.client.api._run(
                _plans.secrets_create(
                    self,
                    name=name,
                    data=data,
                    keywords={
                        "create_secret": {
                            "labels": labels,
                            "driver": driver,
                            "templating": templating,
                        },
                    },
                ),
                "secrets.create",
            ),
        )

    def list(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Secret]:
        """List the swarm's secrets; their data is never returned.

        Calls `client.api.secrets()`. Endpoint: `GET /secrets`, API >= 1.25.

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
            Secret: One entry per secret, with its ID, version, dates and spec (name, labels,
                driver).

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        answer = self.client.api.secrets(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )
        return [self.prepare_model(item) for item in answer]


class AsyncSecret(DockerObject):
    """A swarm secret, as a manager last described it (`attrs`, metadata only: never the data)."""

    _id_field: ClassVar[str] = "ID"
    _typed: ClassVar[bool] = True
    client: AsyncDockerClient
    collection: AsyncSecretCollection

    @property
    def attrs(self) -> models.Secret:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.Secret", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.Secret) -> None:
        self._set_attrs(value)

    @property
    def name(self) -> str | None:
        """The secret's name (Spec.Name)."""
        return _plans.spec_name(self._attrs)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {_plans.spec_name_repr(self._attrs)}>"

    async def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(await self.client.api.inspect_secret(self.id))

    async def remove(
        self, *, request_timeout: float | None = None, extra_headers: Mapping[str, str] | None = None
    ) -> bool:
        """Delete a secret; one still used by a service cannot be removed.

        Calls `client.api.remove_secret()`. Endpoint: `DELETE /secrets/{id}`, API >= 1.25.

        Args:
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the secret is removed.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.client.api.remove_secret(
            id=self.id, request_timeout=request_timeout, extra_headers=extra_headers
        )


class AsyncSecretCollection(ObjectCollection):
    """The secrets of the swarm (`client.secrets`); a swarm manager answers."""

    model: ClassVar[type[AsyncSecret]] = AsyncSecret
    _attribute: ClassVar[str] = "secrets"
    client: AsyncDockerClient

    async def get(
        self,
        secret_id: str | Mapping[str, Any] | DockerModel | DockerObject,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncSecret:
        """Read one secret's metadata; its data is never returned.

        Calls `client.api.inspect_secret()`. Endpoint: `GET /secrets/{id}`, API >= 1.25.

        Args:
            secret_id: The secret, by ID, ID prefix or name, or a result carrying an "ID" key.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            AsyncSecret: The secret's ID, version (needed to update it), dates and spec without
                Data.

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
            "AsyncSecret",
            self.prepare_model(
                await api.inspect_secret(
                    id=secret_id, request_timeout=request_timeout, extra_headers=extra_headers
                )
            ),
        )

    async def create(
        self,
        *,
        name: str,
        data: bytes | str,
        labels: dict[str, str] | None = None,
        driver: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
        templating: models.Driver | Mapping[str, Any] | dict[str, Any] | None = None,
    ) -> AsyncSecret:
        """Create a secret and return it.

        The typed faces read the new secret back, so attrs is its whole description; the classic
        face returns it as docker-py does, with attrs holding only ID and Spec.Name (reload() reads
        the rest).

        Calls `create_secret()`, `inspect_secret()` of `client.api`.

        Args:
            name: The secret's name, unique in the swarm.
            data: The content (sent base64-encoded).
            labels: Metadata for the secret, as a dict of label to value.
            driver: A secret store plugin that provides the value, as a Driver or a dict such as
                {"Name": "my-secrets-plugin", "Options": {}}; leave it out to keep the data in the
                swarm. API >= 1.31.
            templating: A templating driver that expands the data for each task, as a Driver or
                a dict such as {"Name": "golang"}. API >= 1.37.

        Returns:
            AsyncSecret

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
            "AsyncSecret",
            await self.client.api._run(
                _plans.secrets_create(
                    self,
                    name=name,
                    data=data,
                    keywords={
                        "create_secret": {
                            "labels": labels,
                            "driver": driver,
                            "templating": templating,
                        },
                    },
                ),
                "secrets.create",
            ),
        )

    async def list(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[AsyncSecret]:
        """List the swarm's secrets; their data is never returned.

        Calls `client.api.secrets()`. Endpoint: `GET /secrets`, API >= 1.25.

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
            AsyncSecret: One entry per secret, with its ID, version, dates and spec (name,
                labels, driver).

        Raises:
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        answer = await self.client.api.secrets(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )
        return [self.prepare_model(item) for item in answer]
