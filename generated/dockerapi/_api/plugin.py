# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `plugin` methods of both clients; results are pydantic models of `dockerapi.models`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as _ops
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._results import AsyncJSONStream, JSONStream

if TYPE_CHECKING:
    from .. import models

__all__ = ["PluginMethods", "AsyncPluginMethods"]


class PluginMethods(SyncAPIClient):
    """The plugin methods of `Client`."""

    def configure_plugin(
        self,
        name: str,
        options: dict[str, Any] | list[str] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Set a plugin's settings (env, mounts, args...).

        Endpoint: `POST /plugins/{name}/set`, API >= 1.25.

        Args:
            name: sent as path `name`.
            options: sent as `body`.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.configure_plugin,
            {
                "name": name,
                "options": options,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def create_plugin(
        self,
        name: str,
        plugin_data_dir: str | None = None,
        gzip: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Create a plugin from a directory holding config.json and rootfs.

        Endpoint: `POST /plugins/create`, API >= 1.25.

        Args:
            name: sent as query `name`. API >= 1.25.
            plugin_data_dir: sent as `plugin_data_dir`.
            gzip: client-side option. Default: `False`.

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
            _ops.create_plugin,
            {
                "name": name,
                "plugin_data_dir": plugin_data_dir,
                "gzip": gzip,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def disable_plugin(
        self,
        name: str,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Disable a plugin.

        Endpoint: `POST /plugins/{name}/disable`, API >= 1.24.

        Args:
            name: sent as path `name`.
            force: sent as query `force`. Default: `False`. API >= 1.28.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.disable_plugin,
            {
                "name": name,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def enable_plugin(
        self,
        name: str,
        timeout: int = 0,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Enable a plugin.

        Endpoint: `POST /plugins/{name}/enable`, API >= 1.24.

        Args:
            name: sent as path `name`.
            timeout: sent as query `timeout`. Default: `0`. API >= 1.25.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.enable_plugin,
            {
                "name": name,
                "timeout": timeout,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def inspect_plugin(
        self,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Plugin:
        """Low-level information about one plugin.

        Endpoint: `GET /plugins/{name}/json`, API >= 1.25.

        Args:
            name: sent as path `name`.

        Returns:
            Plugin

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_plugin,
            {"name": name, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def plugin_privileges(
        self,
        name: str,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.PluginPrivilege]:
        """The privileges a plugin asks for, to be granted when pulling it.

        Endpoint: `GET /plugins/privileges`, API >= 1.25.

        Args:
            name: sent as query `remote`. API >= 1.25.
            auth_config: sent as header `X-Registry-Auth`.

        Returns:
            list[PluginPrivilege]

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.plugin_privileges,
            {
                "name": name,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def plugins(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Plugin]:
        """List installed plugins.

        Endpoint: `GET /plugins`, API >= 1.24.

        Args:
            filters: sent as query `filters`. API >= 1.28.

        Returns:
            list[Plugin]

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.plugins,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    def pull_plugin(
        self,
        remote: str,
        privileges: list[models.PluginPrivilege | Mapping[str, Any] | dict[str, Any]] | None = None,
        name: str | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str] | str:
        """Pull and install a plugin, granting the listed privileges.

        Endpoint: `POST /plugins/pull`, API >= 1.24.

        Args:
            remote: sent as query `remote`. API >= 1.25.
            privileges: sent as `body`.
            name: sent as query `name`.
            auth_config: sent as header `X-Registry-Auth`. API >= 1.25.

        Returns:
            JSONStream[str] | str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.pull_plugin,
            {
                "remote": remote,
                "name": name,
                "auth_config": auth_config,
                "privileges": privileges,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def push_plugin(
        self,
        name: str,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str] | str:
        """Push a plugin to its registry.

        Endpoint: `POST /plugins/{name}/push`, API >= 1.24.

        Args:
            name: sent as path `name`.
            auth_config: sent as header `X-Registry-Auth`.

        Returns:
            JSONStream[str] | str

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.push_plugin,
            {
                "name": name,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def remove_plugin(
        self,
        name: str,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a plugin.

        Endpoint: `DELETE /plugins/{name}`, API >= 1.24.

        Args:
            name: sent as path `name`.
            force: sent as query `force`. Default: `False`. API >= 1.25.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_plugin,
            {
                "name": name,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def upgrade_plugin(
        self,
        name: str,
        remote: str,
        privileges: list[models.PluginPrivilege | Mapping[str, Any] | dict[str, Any]] | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str] | str:
        """Upgrade a disabled plugin to another image, granting its privileges.

        Endpoint: `POST /plugins/{name}/upgrade`, API >= 1.26.

        Args:
            name: sent as path `name`.
            remote: sent as query `remote`. API >= 1.26.
            privileges: sent as `body`.
            auth_config: sent as header `X-Registry-Auth`. API >= 1.26.

        Returns:
            JSONStream[str] | str

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.upgrade_plugin,
            {
                "name": name,
                "remote": remote,
                "auth_config": auth_config,
                "privileges": privileges,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )


class AsyncPluginMethods(AsyncAPIClient):
    """The plugin methods of `AsyncClient`."""

    async def configure_plugin(
        self,
        name: str,
        options: dict[str, Any] | list[str] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Set a plugin's settings (env, mounts, args...).

        Endpoint: `POST /plugins/{name}/set`, API >= 1.25.

        Args:
            name: sent as path `name`.
            options: sent as `body`.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.configure_plugin,
            {
                "name": name,
                "options": options,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def create_plugin(
        self,
        name: str,
        plugin_data_dir: str | None = None,
        gzip: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Create a plugin from a directory holding config.json and rootfs.

        Endpoint: `POST /plugins/create`, API >= 1.25.

        Args:
            name: sent as query `name`. API >= 1.25.
            plugin_data_dir: sent as `plugin_data_dir`.
            gzip: client-side option. Default: `False`.

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
            _ops.create_plugin,
            {
                "name": name,
                "plugin_data_dir": plugin_data_dir,
                "gzip": gzip,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def disable_plugin(
        self,
        name: str,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Disable a plugin.

        Endpoint: `POST /plugins/{name}/disable`, API >= 1.24.

        Args:
            name: sent as path `name`.
            force: sent as query `force`. Default: `False`. API >= 1.28.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.disable_plugin,
            {
                "name": name,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def enable_plugin(
        self,
        name: str,
        timeout: int = 0,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Enable a plugin.

        Endpoint: `POST /plugins/{name}/enable`, API >= 1.24.

        Args:
            name: sent as path `name`.
            timeout: sent as query `timeout`. Default: `0`. API >= 1.25.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.enable_plugin,
            {
                "name": name,
                "timeout": timeout,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def inspect_plugin(
        self,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Plugin:
        """Low-level information about one plugin.

        Endpoint: `GET /plugins/{name}/json`, API >= 1.25.

        Args:
            name: sent as path `name`.

        Returns:
            Plugin

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_plugin,
            {"name": name, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def plugin_privileges(
        self,
        name: str,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.PluginPrivilege]:
        """The privileges a plugin asks for, to be granted when pulling it.

        Endpoint: `GET /plugins/privileges`, API >= 1.25.

        Args:
            name: sent as query `remote`. API >= 1.25.
            auth_config: sent as header `X-Registry-Auth`.

        Returns:
            list[PluginPrivilege]

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.plugin_privileges,
            {
                "name": name,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def plugins(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.Plugin]:
        """List installed plugins.

        Endpoint: `GET /plugins`, API >= 1.24.

        Args:
            filters: sent as query `filters`. API >= 1.28.

        Returns:
            list[Plugin]

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.plugins,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    async def pull_plugin(
        self,
        remote: str,
        privileges: list[models.PluginPrivilege | Mapping[str, Any] | dict[str, Any]] | None = None,
        name: str | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str] | str:
        """Pull and install a plugin, granting the listed privileges.

        Endpoint: `POST /plugins/pull`, API >= 1.24.

        Args:
            remote: sent as query `remote`. API >= 1.25.
            privileges: sent as `body`.
            name: sent as query `name`.
            auth_config: sent as header `X-Registry-Auth`. API >= 1.25.

        Returns:
            JSONStream[str] | str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.pull_plugin,
            {
                "remote": remote,
                "name": name,
                "auth_config": auth_config,
                "privileges": privileges,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def push_plugin(
        self,
        name: str,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str] | str:
        """Push a plugin to its registry.

        Endpoint: `POST /plugins/{name}/push`, API >= 1.24.

        Args:
            name: sent as path `name`.
            auth_config: sent as header `X-Registry-Auth`.

        Returns:
            JSONStream[str] | str

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.push_plugin,
            {
                "name": name,
                "auth_config": auth_config,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def remove_plugin(
        self,
        name: str,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Remove a plugin.

        Endpoint: `DELETE /plugins/{name}`, API >= 1.24.

        Args:
            name: sent as path `name`.
            force: sent as query `force`. Default: `False`. API >= 1.25.

        Returns:
            bool

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_plugin,
            {
                "name": name,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def upgrade_plugin(
        self,
        name: str,
        remote: str,
        privileges: list[models.PluginPrivilege | Mapping[str, Any] | dict[str, Any]] | None = None,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str] | str:
        """Upgrade a disabled plugin to another image, granting its privileges.

        Endpoint: `POST /plugins/{name}/upgrade`, API >= 1.26.

        Args:
            name: sent as path `name`.
            remote: sent as query `remote`. API >= 1.26.
            privileges: sent as `body`.
            auth_config: sent as header `X-Registry-Auth`. API >= 1.26.

        Returns:
            JSONStream[str] | str

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.upgrade_plugin,
            {
                "name": name,
                "remote": remote,
                "auth_config": auth_config,
                "privileges": privileges,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )
