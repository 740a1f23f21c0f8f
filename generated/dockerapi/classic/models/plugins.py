# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `plugins` objects and their collection, as docker-py 7.2 has them; generated from spec/objects/plugins.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

from ... import _object_plans as _plans
from ..._objects import DockerObject, ObjectCollection

if TYPE_CHECKING:
    from ..._streams import JSONStream
    from ..client import DockerClient

__all__ = ["Plugin", "PluginCollection"]


class Plugin(DockerObject):
    """An installed plugin, as the daemon last described it (`attrs`); its methods act on it by name."""

    _id_field: ClassVar[str] = "Id"
    client: DockerClient
    collection: PluginCollection

    @property
    def attrs(self) -> dict[str, Any]:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("dict[str, Any]", self._get_attrs())

    @attrs.setter
    def attrs(self, value: dict[str, Any]) -> None:
        self._set_attrs(value)

    @property
    def name(self) -> str:
        """The plugin's name, with its tag ("vieux/sshfs:latest")."""
        return _plans.plugin_name(self._attrs)

    @property
    def enabled(self) -> bool | None:
        """Whether the plugin is enabled."""
        return _plans.plugin_enabled(self._attrs)

    @property
    def settings(self) -> dict[str, Any] | None:
        """The plugin's settings: Env, Args, Mounts and Devices."""
        return _plans.plugin_settings(self._attrs)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {_plans.name_repr(self._attrs)}>"

    def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(self.client.api.inspect_plugin(self.name))

    def configure(
        self,
        options: dict[str, Any] | list[str] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Change the settings of a disabled plugin, like `docker plugin set`.

        Calls `client.api.configure_plugin()`. Endpoint: `POST /plugins/{name}/set`, API >= 1.25.

        Args:
            options: The settings to change, as a dict such as {"DEBUG": "1"} (sent as
                "DEBUG=1") or a list of "name=value" strings; names are the plugin's settable
                environment variables, mount sources ("mountname.source"), args and devices.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: True once the settings are stored.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        self.client.api.configure_plugin(
            name=self.name, options=options, request_timeout=request_timeout, extra_headers=extra_headers
        )
        self.reload()

    def disable(
        self,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Stop a running plugin, like `docker plugin disable`.

        Calls `client.api.disable_plugin()`. Endpoint: `POST /plugins/{name}/disable`, API >= 1.24.

        Args:
            force: Disable it even while volumes or networks still use it. Default: `False`. API
                >= 1.28.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: True once the plugin is disabled.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        self.client.api.disable_plugin(
            name=self.name, force=force, request_timeout=request_timeout, extra_headers=extra_headers
        )
        self.reload()

    def enable(
        self,
        timeout: int = 0,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Start an installed plugin, like `docker plugin enable`.

        Calls `client.api.enable_plugin()`. Endpoint: `POST /plugins/{name}/enable`, API >= 1.24.

        Args:
            timeout: Seconds the daemon waits for the plugin to come up; 0 leaves the daemon's
                own default. Default: `0`. API >= 1.25.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            None: True once the plugin is enabled.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        self.client.api.enable_plugin(
            name=self.name, timeout=timeout, request_timeout=request_timeout, extra_headers=extra_headers
        )
        self.reload()

    def push(
        self,
        *,
        auth_config: dict[str, Any] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str] | str:
        """Upload a plugin to the registry its name points at, like `docker plugin push`.

        Calls `client.api.push_plugin()`. Endpoint: `POST /plugins/{name}/push`, API >= 1.24.

        Args:
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
        return self.client.api.push_plugin(
            name=self.name,
            auth_config=auth_config,
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
        """Uninstall a plugin, like `docker plugin rm`.

        Calls `client.api.remove_plugin()`. Endpoint: `DELETE /plugins/{name}`, API >= 1.24.

        Args:
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
        return self.client.api.remove_plugin(
            name=self.name, force=force, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def upgrade(self, remote: str | None = None) -> list[dict[str, Any]]:
        """Replace the (disabled) plugin with another version of it, granting the privileges it asks for.

        The upgrade is made when the method is called and attrs is read again afterwards; the result
        is the daemon's progress messages, decoded.

        Calls `plugin_privileges()`, `upgrade_plugin()`, `inspect_plugin()` of `client.api`.

        Args:
            remote: The reference to upgrade to (default: the plugin's own name).

        Returns:
            list[dict[str, Any]]

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "list[dict[str, Any]]",
            self.client.api._run(_plans.plugin_upgrade(self, remote=remote), "Plugin.upgrade"),
        )


class PluginCollection(ObjectCollection):
    """The plugins installed on the daemon (`client.plugins`)."""

    model: ClassVar[type[Plugin]] = Plugin
    _attribute: ClassVar[str] = "plugins"
    client: DockerClient

    def get(
        self,
        name: str,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Plugin:
        """Read everything the daemon knows about one installed plugin, like `docker plugin inspect`.

        Calls `client.api.inspect_plugin()`. Endpoint: `GET /plugins/{name}/json`, API >= 1.25.

        Args:
            name: The plugin's name, e.g. "vieux/sshfs" (":latest" may be left out), or its ID.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Plugin: The plugin's name, state, settings and configuration.

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "Plugin",
            self.prepare_model(
                self.client.api.inspect_plugin(
                    name=name, request_timeout=request_timeout, extra_headers=extra_headers
                )
            ),
        )

    def create(self, name: str, plugin_data_dir: str, gzip: bool = False) -> Plugin:
        """Create a plugin from a directory holding its config.json and rootfs, and return it.

        Calls `create_plugin()`, `inspect_plugin()` of `client.api`.

        Args:
            name: The plugin's name (":latest" when no tag is given).
            plugin_data_dir: The directory with config.json and the rootfs folder.
            gzip: Compress the directory's archive on the way. Default: `False`.

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
        return cast(
            "Plugin",
            self.client.api._run(
                _plans.plugins_create(self, name=name, plugin_data_dir=plugin_data_dir, gzip=gzip),
                "plugins.create",
            ),
        )

    def install(self, remote_name: str, local_name: str | None = None) -> Plugin:
        """Pull a plugin from its registry, granting the privileges it asks for, and return it (disabled).

        Calls `plugin_privileges()`, `pull_plugin()`, `inspect_plugin()` of `client.api`.

        Args:
            remote_name: The plugin's reference in its registry (":latest" when no tag is
                given).
            local_name: The name to install it under (default: remote_name).

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
        return cast(
            "Plugin",
            self.client.api._run(
                _plans.plugins_install(self, remote_name=remote_name, local_name=local_name),
                "plugins.install",
            ),
        )

    def list(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Plugin]:
        """List the installed plugins, like `docker plugin ls`.

        Calls `client.api.plugins()`. Endpoint: `GET /plugins`, API >= 1.24.

        Args:
            filters: Narrow the list, as a dict such as {"enable": True} or {"capability":
                "volumedriver"}; a str is sent as ready-made JSON. API >= 1.28.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            Plugin: One entry per plugin, with its name, whether it is enabled, its settings and
                its manifest.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        answer = self.client.api.plugins(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )
        return [self.prepare_model(item) for item in answer]
