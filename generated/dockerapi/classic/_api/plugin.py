# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `plugin` methods of both clients; results are plain dicts and lists (`dockerapi.classic.typeddicts`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import _catalog as _ops
from ..._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ... import models
    from ..._streams import AsyncJSONStream, JSONStream
    from .. import typeddicts

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
        """Change the settings of a disabled plugin, like `docker plugin set`.

        Endpoint: `POST /plugins/{name}/set`, API >= 1.25.

        Args:
            name: The plugin's name, e.g. "vieux/sshfs" (":latest" may be left out), or its ID.
            options: The settings to change, as a dict such as {"DEBUG": "1"} (sent as
                "DEBUG=1") or a list of "name=value" strings; names are the plugin's settable
                environment variables, mount sources ("mountname.source"), args and devices.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the settings are stored.

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
        """Create a plugin from a local directory holding its config.json and rootfs, like `docker plugin create`.

        Endpoint: `POST /plugins/create`, API >= 1.25.

        Args:
            name: The name for the new plugin, e.g. "myplugin:latest".
            plugin_data_dir: The local directory with the plugin's config.json and its rootfs/
                folder; it is sent to the daemon as a tar archive.
            gzip: Compress that archive with gzip on the way. Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the plugin exists (disabled).

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
        """Stop a running plugin, like `docker plugin disable`.

        Endpoint: `POST /plugins/{name}/disable`, API >= 1.24.

        Args:
            name: The plugin's name, e.g. "vieux/sshfs" (":latest" may be left out), or its ID.
            force: Disable it even while volumes or networks still use it. Default: `False`. API
                >= 1.28.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the plugin is disabled.

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
        """Start an installed plugin, like `docker plugin enable`.

        Endpoint: `POST /plugins/{name}/enable`, API >= 1.24.

        Args:
            name: The plugin's name, e.g. "vieux/sshfs" (":latest" may be left out), or its ID.
            timeout: Seconds the daemon waits for the plugin to come up; 0 leaves the daemon's
                own default. Default: `0`. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the plugin is enabled.

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
    ) -> typeddicts.Plugin:
        """Read everything the daemon knows about one installed plugin, like `docker plugin inspect`.

        Endpoint: `GET /plugins/{name}/json`, API >= 1.25.

        Args:
            name: The plugin's name, e.g. "vieux/sshfs" (":latest" may be left out), or its ID.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (Plugin keys): The plugin's name, state, settings and configuration.

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
    ) -> list[typeddicts.PluginPrivilege]:
        """The privileges a plugin in a registry asks for, to review and pass to pull_plugin.

        Endpoint: `GET /plugins/privileges`, API >= 1.25.

        Args:
            name: The plugin's reference in its registry, e.g. "vieux/sshfs:latest".
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the plugin's registry are taken from
                login() or the Docker config file.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[dict (PluginPrivilege keys)]: One entry per privilege, with "Name",
                "Description" and "Value" (a list of strings).

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
    ) -> list[typeddicts.Plugin]:
        """List the installed plugins, like `docker plugin ls`.

        Endpoint: `GET /plugins`, API >= 1.24.

        Args:
            filters: Narrow the list, as a dict such as {"enable": True} or {"capability":
                "volumedriver"}; a str is sent as ready-made JSON. API >= 1.28.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[dict (Plugin keys)]: One entry per plugin, with its name, whether it is
                enabled, its settings and its manifest.

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
        """Download and install a plugin, granting the privileges it asks for, like `docker plugin install`.

        The plugin is installed disabled; call enable_plugin to start it.

        Endpoint: `POST /plugins/pull`, API >= 1.24.

        Args:
            remote: The plugin's reference in its registry, e.g. "vieux/sshfs:latest". API >=
                1.25.
            privileges: The privileges to grant, normally the list plugin_privileges returned
                for the same remote.
            name: The local name to install it under; the remote's name when omitted.
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the plugin's registry are taken from
                login() or the Docker config file. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[str] | str: The daemon's progress output once installing is over, as text
                of JSON lines.

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
        """Upload a plugin to the registry its name points at, like `docker plugin push`.

        Endpoint: `POST /plugins/{name}/push`, API >= 1.24.

        Args:
            name: The plugin's name, e.g. "registry.example.com/team/myplugin:latest".
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the plugin's registry are taken from
                login() or the Docker config file.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[str] | str: The daemon's progress output once the push is over, as text
                of JSON lines.

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
        """Uninstall a plugin, like `docker plugin rm`.

        Endpoint: `DELETE /plugins/{name}`, API >= 1.24.

        Args:
            name: The plugin's name, e.g. "vieux/sshfs" (":latest" may be left out), or its ID.
            force: Remove it even when it is enabled or in use. Default: `False`. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the plugin is gone.

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
        """Replace an installed, disabled plugin with another version, like `docker plugin upgrade`.

        Endpoint: `POST /plugins/{name}/upgrade`, API >= 1.26.

        Args:
            name: The installed plugin's name, e.g. "vieux/sshfs".
            remote: The reference of the new version in its registry, e.g. "vieux/sshfs:1.1".
            privileges: The privileges to grant the new version, normally the list
                plugin_privileges returned for remote.
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the plugin's registry are taken from
                login() or the Docker config file.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[str] | str: The daemon's progress output once the upgrade is over, as
                text of JSON lines.

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
        """Change the settings of a disabled plugin, like `docker plugin set`.

        Endpoint: `POST /plugins/{name}/set`, API >= 1.25.

        Args:
            name: The plugin's name, e.g. "vieux/sshfs" (":latest" may be left out), or its ID.
            options: The settings to change, as a dict such as {"DEBUG": "1"} (sent as
                "DEBUG=1") or a list of "name=value" strings; names are the plugin's settable
                environment variables, mount sources ("mountname.source"), args and devices.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the settings are stored.

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
        """Create a plugin from a local directory holding its config.json and rootfs, like `docker plugin create`.

        Endpoint: `POST /plugins/create`, API >= 1.25.

        Args:
            name: The name for the new plugin, e.g. "myplugin:latest".
            plugin_data_dir: The local directory with the plugin's config.json and its rootfs/
                folder; it is sent to the daemon as a tar archive.
            gzip: Compress that archive with gzip on the way. Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the plugin exists (disabled).

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
        """Stop a running plugin, like `docker plugin disable`.

        Endpoint: `POST /plugins/{name}/disable`, API >= 1.24.

        Args:
            name: The plugin's name, e.g. "vieux/sshfs" (":latest" may be left out), or its ID.
            force: Disable it even while volumes or networks still use it. Default: `False`. API
                >= 1.28.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the plugin is disabled.

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
        """Start an installed plugin, like `docker plugin enable`.

        Endpoint: `POST /plugins/{name}/enable`, API >= 1.24.

        Args:
            name: The plugin's name, e.g. "vieux/sshfs" (":latest" may be left out), or its ID.
            timeout: Seconds the daemon waits for the plugin to come up; 0 leaves the daemon's
                own default. Default: `0`. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the plugin is enabled.

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
    ) -> typeddicts.Plugin:
        """Read everything the daemon knows about one installed plugin, like `docker plugin inspect`.

        Endpoint: `GET /plugins/{name}/json`, API >= 1.25.

        Args:
            name: The plugin's name, e.g. "vieux/sshfs" (":latest" may be left out), or its ID.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            dict (Plugin keys): The plugin's name, state, settings and configuration.

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
    ) -> list[typeddicts.PluginPrivilege]:
        """The privileges a plugin in a registry asks for, to review and pass to pull_plugin.

        Endpoint: `GET /plugins/privileges`, API >= 1.25.

        Args:
            name: The plugin's reference in its registry, e.g. "vieux/sshfs:latest".
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the plugin's registry are taken from
                login() or the Docker config file.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[dict (PluginPrivilege keys)]: One entry per privilege, with "Name",
                "Description" and "Value" (a list of strings).

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
    ) -> list[typeddicts.Plugin]:
        """List the installed plugins, like `docker plugin ls`.

        Endpoint: `GET /plugins`, API >= 1.24.

        Args:
            filters: Narrow the list, as a dict such as {"enable": True} or {"capability":
                "volumedriver"}; a str is sent as ready-made JSON. API >= 1.28.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[dict (Plugin keys)]: One entry per plugin, with its name, whether it is
                enabled, its settings and its manifest.

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
        """Download and install a plugin, granting the privileges it asks for, like `docker plugin install`.

        The plugin is installed disabled; call enable_plugin to start it.

        Endpoint: `POST /plugins/pull`, API >= 1.24.

        Args:
            remote: The plugin's reference in its registry, e.g. "vieux/sshfs:latest". API >=
                1.25.
            privileges: The privileges to grant, normally the list plugin_privileges returned
                for the same remote.
            name: The local name to install it under; the remote's name when omitted.
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the plugin's registry are taken from
                login() or the Docker config file. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[str] | str: The daemon's progress output once installing is over, as text
                of JSON lines.

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
        """Upload a plugin to the registry its name points at, like `docker plugin push`.

        Endpoint: `POST /plugins/{name}/push`, API >= 1.24.

        Args:
            name: The plugin's name, e.g. "registry.example.com/team/myplugin:latest".
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the plugin's registry are taken from
                login() or the Docker config file.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[str] | str: The daemon's progress output once the push is over, as text
                of JSON lines.

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
        """Uninstall a plugin, like `docker plugin rm`.

        Endpoint: `DELETE /plugins/{name}`, API >= 1.24.

        Args:
            name: The plugin's name, e.g. "vieux/sshfs" (":latest" may be left out), or its ID.
            force: Remove it even when it is enabled or in use. Default: `False`. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            bool: True once the plugin is gone.

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
        """Replace an installed, disabled plugin with another version, like `docker plugin upgrade`.

        Endpoint: `POST /plugins/{name}/upgrade`, API >= 1.26.

        Args:
            name: The installed plugin's name, e.g. "vieux/sshfs".
            remote: The reference of the new version in its registry, e.g. "vieux/sshfs:1.1".
            privileges: The privileges to grant the new version, normally the list
                plugin_privileges returned for remote.
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the plugin's registry are taken from
                login() or the Docker config file.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[str] | str: The daemon's progress output once the upgrade is over, as
                text of JSON lines.

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
