# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `secret` methods of both clients; results are pydantic models of `dockerapi.models`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _catalog as _ops
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .. import models
    from .._model_base import DockerModel

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
    ) -> models.SwarmObjectCreated:
        """Store a new secret in the swarm, for services to mount as a file.

        Endpoint: `POST /secrets/create`, API >= 1.25.

        Args:
            name: The secret's name, unique in the swarm.
            data: The secret's content, as bytes or a str (encoded as UTF-8); the client
                base64-encodes it for the daemon.
            labels: Metadata for the secret, as a dict of label to value.
            driver: A secret store plugin that provides the value, as a Driver or a dict such as
                {"Name": "my-secrets-plugin", "Options": {}}; leave it out to keep the data in the
                swarm. API >= 1.31.
            templating: A templating driver that expands the data for each task, as a Driver or
                a dict such as {"Name": "golang"}. API >= 1.37.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            SwarmObjectCreated: The new secret's ID.

        Raises:
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            secret = client.create_secret("db-password", b"s3cr3t", labels={"app": "db"})
            print(secret["ID"])
            client.remove_secret(secret)
            ```
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
    ) -> models.Secret:
        """Read one secret's metadata; its data is never returned.

        Endpoint: `GET /secrets/{id}`, API >= 1.25.

        Args:
            id: The secret, by ID, ID prefix or name, or a result carrying an "ID" key.
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
        """Delete a secret; one still used by a service cannot be removed.

        Endpoint: `DELETE /secrets/{id}`, API >= 1.25.

        Args:
            id: The secret, by ID, ID prefix or name, or a result carrying an "ID" key.
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
    ) -> list[models.Secret]:
        """List the swarm's secrets; their data is never returned.

        Endpoint: `GET /secrets`, API >= 1.25.

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
            list[Secret]: One entry per secret, with its ID, version, dates and spec (name,
                labels, driver).

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
        """Change a secret's labels, the only part of a secret that can change.

        Endpoint: `POST /secrets/{id}/update`, API >= 1.26.

        Args:
            id: The secret, by ID, ID prefix or name, or a result carrying an "ID" key.
            version: The version of the secret the change is based on, read from
                `inspect_secret(s)["Version"]["Index"]`; a stale number makes the daemon refuse.
            spec: The secret's whole spec, as a SecretSpec or a dict: the current one from
                inspect_secret with new Labels; a different name or data is refused.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

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
    ) -> models.SwarmObjectCreated:
        """Store a new secret in the swarm, for services to mount as a file.

        Endpoint: `POST /secrets/create`, API >= 1.25.

        Args:
            name: The secret's name, unique in the swarm.
            data: The secret's content, as bytes or a str (encoded as UTF-8); the client
                base64-encodes it for the daemon.
            labels: Metadata for the secret, as a dict of label to value.
            driver: A secret store plugin that provides the value, as a Driver or a dict such as
                {"Name": "my-secrets-plugin", "Options": {}}; leave it out to keep the data in the
                swarm. API >= 1.31.
            templating: A templating driver that expands the data for each task, as a Driver or
                a dict such as {"Name": "golang"}. API >= 1.37.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            SwarmObjectCreated: The new secret's ID.

        Raises:
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: the daemon refused the request (status 503); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            secret = client.create_secret("db-password", b"s3cr3t", labels={"app": "db"})
            print(secret["ID"])
            client.remove_secret(secret)
            ```
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
    ) -> models.Secret:
        """Read one secret's metadata; its data is never returned.

        Endpoint: `GET /secrets/{id}`, API >= 1.25.

        Args:
            id: The secret, by ID, ID prefix or name, or a result carrying an "ID" key.
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
        """Delete a secret; one still used by a service cannot be removed.

        Endpoint: `DELETE /secrets/{id}`, API >= 1.25.

        Args:
            id: The secret, by ID, ID prefix or name, or a result carrying an "ID" key.
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
    ) -> list[models.Secret]:
        """List the swarm's secrets; their data is never returned.

        Endpoint: `GET /secrets`, API >= 1.25.

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
            list[Secret]: One entry per secret, with its ID, version, dates and spec (name,
                labels, driver).

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
        """Change a secret's labels, the only part of a secret that can change.

        Endpoint: `POST /secrets/{id}/update`, API >= 1.26.

        Args:
            id: The secret, by ID, ID prefix or name, or a result carrying an "ID" key.
            version: The version of the secret the change is based on, read from
                `inspect_secret(s)["Version"]["Index"]`; a stale number makes the daemon refuse.
            spec: The secret's whole spec, as a SecretSpec or a dict: the current one from
                inspect_secret with new Labels; a different name or data is refused.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: Nothing.

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
