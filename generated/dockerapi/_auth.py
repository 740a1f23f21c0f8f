"""Registry credentials: the wire format, repository names, and the Docker config file.

Credentials are looked up the way the Docker CLI does: a per-registry `credHelpers` entry,
then the global `credsStore`, then the inline `auths` entries of `config.json`. Helpers are
external programs (`docker-credential-<name>`) speaking JSON on stdin/stdout.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Mapping
from typing import Any, ClassVar

from ._errors import CredentialError, InvalidArgument

__all__ = [
    "INDEX_NAME",
    "INDEX_URL",
    "AuthConfig",
    "CredentialStore",
    "encode_header",
    "encode_registry_config",
    "normalize_registry",
    "split_repository",
    "split_tag",
]

INDEX_NAME = "docker.io"
INDEX_URL = "https://index.docker.io/v1/"
# Names under which people refer to Docker Hub.
_HUB_ALIASES = frozenset({"docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"})
_SECRET_FIELDS = frozenset({"password", "identitytoken", "registrytoken"})
_TOKEN_USERNAME = "<token>"


class AuthConfig:
    """Credentials for one registry, as the Engine API's `AuthConfig` object."""

    # A plain class, not a dataclass: making a dataclass compiles its methods, ~0.6 ms of `import dockerapi`.
    _FIELDS = ("username", "password", "email", "serveraddress", "identitytoken", "registrytoken")
    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # compared by value and mutable: unhashable

    def __init__(self, username: str | None = None, password: str | None = None, email: str | None = None,
                 serveraddress: str | None = None, identitytoken: str | None = None,
                 registrytoken: str | None = None) -> None:
        self.username = username
        self.password = password
        self.email = email
        self.serveraddress = serveraddress
        self.identitytoken = identitytoken
        self.registrytoken = registrytoken

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._FIELDS)

    def __repr__(self) -> str:
        # Secrets must never reach logs or tracebacks through repr().
        shown = []
        for name in self._FIELDS:
            value = getattr(self, name)
            if value is None:
                continue
            shown.append(f"{name}='***'" if name in _SECRET_FIELDS else f"{name}={value!r}")
        return f"AuthConfig({', '.join(shown)})"

    __str__ = __repr__

    def to_wire(self) -> dict[str, str]:
        """The JSON object the daemon expects; unset fields are left out."""
        return {name: getattr(self, name) for name in self._FIELDS if getattr(self, name) is not None}

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> AuthConfig:
        """Build from a dict with any key case (`Username`, `username`, `IdentityToken`...)."""
        known = set(cls._FIELDS)
        values = {k.lower(): v for k, v in data.items() if k.lower() in known and v is not None}
        return cls(**{k: str(v) for k, v in values.items()})


def _b64_json(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode("ascii")).decode("ascii")


def encode_header(auth: AuthConfig | Mapping[str, str]) -> str:
    """The `X-Registry-Auth` header value: URL-safe base64 of the JSON credentials."""
    return _b64_json(auth.to_wire() if isinstance(auth, AuthConfig) else dict(auth))


def encode_registry_config(auths: Mapping[str, AuthConfig]) -> str:
    """The `X-Registry-Config` header value for builds: registry -> credentials."""
    return _b64_json({server: auth.to_wire() for server, auth in auths.items()})


def split_repository(name: str) -> tuple[str, str]:
    """Split a repository name into (registry, remote name).

    The first component is a registry only if it looks like a host (has a `.` or a `:`, or
    is `localhost`); otherwise the registry is Docker Hub, returned as `"docker.io"`.
    A tag or digest, if present, stays on the remote name (use `split_tag` first).
    """
    if "://" in name:
        raise InvalidArgument(f"repository name {name!r} must not contain a scheme")
    host, sep, rest = name.partition("/")
    if not sep or ("." not in host and ":" not in host and host != "localhost"):
        return INDEX_NAME, name
    if host.startswith("-") or host.endswith("-"):
        raise InvalidArgument(f"invalid registry host {host!r} in {name!r}: cannot start or end with '-'")
    if host in _HUB_ALIASES:
        host = INDEX_NAME
    return host, rest


def split_tag(repo: str) -> tuple[str, str | None]:
    """Split `name[:tag]` or `name@digest` into (name, tag or digest or None).

    A digest comes back without its `@` (`"sha256:..."`); a `:` belonging to a registry port
    (`host:5000/name`) is not mistaken for a tag.
    """
    name, at, digest = repo.rpartition("@")
    if at:
        return name, digest
    name, colon, tag = repo.rpartition(":")
    if colon and "/" not in tag:
        return name, tag
    return repo, None


def normalize_registry(registry: str | None) -> str:
    """The key a registry's credentials are filed under: host[:port], or `INDEX_URL` for the Hub."""
    if not registry:
        return INDEX_URL
    host = registry
    for scheme in ("https://", "http://"):
        if host.startswith(scheme):
            host = host[len(scheme) :]
            break
    host = host.split("/", 1)[0]
    if host in _HUB_ALIASES:
        return INDEX_URL
    return host


def _home(environ: Mapping[str, str]) -> str:
    return environ.get("HOME") or os.path.expanduser("~")


def _config_dir(environ: Mapping[str, str]) -> str:
    return environ.get("DOCKER_CONFIG") or os.path.join(_home(environ), ".docker")


# config.json `proxies` keys and the environment variables they become
_PROXY_VARIABLES = (("httpProxy", "http_proxy"), ("httpsProxy", "https_proxy"), ("ftpProxy", "ftp_proxy"),
                    ("noProxy", "no_proxy"))


class CredentialStore:
    """Credentials from a Docker config, plus any remembered from `login()`.

    `resolve()` tries, in order: credentials remembered in this process, the registry's
    `credHelpers` entry, the global `credsStore`, and the inline `auths` entry.
    """

    def __init__(
        self,
        config: Mapping[str, Any] | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        helper_timeout: float = 30.0,
        helper_env: Mapping[str, str] | None = None,
    ) -> None:
        config = config or {}
        self._environ: Mapping[str, str] = os.environ if environ is None else environ
        # variables set for credential helpers over `environ` (docker-py's `credstore_env`)
        self._helper_env: Mapping[str, str] = dict(helper_env or {})
        self.helper_timeout = helper_timeout
        self._auths: dict[str, Mapping[str, Any]] = {}
        for key, entry in (config.get("auths") or {}).items():
            if isinstance(entry, Mapping):
                self._auths[normalize_registry(key)] = entry
        self._helpers: dict[str, str] = {
            normalize_registry(k): str(v) for k, v in (config.get("credHelpers") or {}).items()
        }
        store = config.get("credsStore")
        self._store: str | None = str(store) if store else None
        self._remembered: dict[str, AuthConfig] = {}
        proxies = config.get("proxies")
        self._proxies: Mapping[str, Any] = proxies if isinstance(proxies, Mapping) else {}
        # the config's plain settings (detachKeys, ...), for parameters whose default is read from the config
        self._settings: dict[str, str | int | bool] = {
            str(k): v for k, v in config.items() if isinstance(v, (str, int, bool)) and v != ""}

    def setting(self, key: str) -> str | int | bool | None:
        """A plain setting of the config file (`detachKeys`: the keys that detach from an attached
        container), or None when the file has none."""
        return self._settings.get(key)

    def proxy_environment(self, daemon: str) -> dict[str, str]:
        """The `proxies` of the config for this daemon address (else its "default" entry) as environment
        variables, each in lower and upper case (`http_proxy` and `HTTP_PROXY`): what containers and builds
        get, as the docker CLI and docker-py give them."""
        entry = self._proxies.get(daemon)
        if not isinstance(entry, Mapping):
            entry = self._proxies.get("default")
        if not isinstance(entry, Mapping):
            return {}
        out: dict[str, str] = {}
        for key, variable in _PROXY_VARIABLES:
            value = entry.get(key)
            if value:
                out[variable] = out[variable.upper()] = str(value)
        return out

    @classmethod
    def load(cls, path: str | None = None, environ: Mapping[str, str] = os.environ,
             helper_env: Mapping[str, str] | None = None) -> CredentialStore:
        """Read `path`, else `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`,
        else the legacy `~/.dockercfg`. A missing file gives an empty store. `helper_env`: variables
        credential helpers run with, over `environ`."""
        candidates = (
            [path]
            if path
            else [
                os.path.join(_config_dir(environ), "config.json"),
                os.path.join(_home(environ), ".dockercfg"),
            ]
        )
        for candidate in candidates:
            try:
                with open(candidate, encoding="utf-8") as f:
                    data = json.load(f)
            except FileNotFoundError:
                continue
            except (OSError, ValueError) as e:
                raise CredentialError(f"cannot read Docker config {candidate}: {type(e).__name__}") from None
            if not isinstance(data, dict):
                raise CredentialError(f"Docker config {candidate} is not a JSON object")
            if candidate.endswith(".dockercfg") and "auths" not in data:
                data = {"auths": data}  # legacy format: the whole file is the auths map
            return cls(data, environ=environ, helper_env=helper_env)
        return cls({}, environ=environ, helper_env=helper_env)

    def remember(self, registry: str | None, auth: AuthConfig) -> None:
        """Keep credentials (from a successful login) for later calls in this process."""
        self._remembered[normalize_registry(registry)] = auth

    def resolve(self, registry: str | None) -> AuthConfig | None:
        """Credentials for `registry` (host, URL or None for Docker Hub), or None."""
        key = normalize_registry(registry)
        if key in self._remembered:
            return self._remembered[key]
        helper = self._helpers.get(key)
        if helper:
            return self._from_helper(helper, key)
        if self._store:
            found = self._from_helper(self._store, key)
            if found is not None:
                return found
        entry = self._auths.get(key)
        return None if entry is None else self._from_entry(key, entry)

    def all_auths(self) -> dict[str, AuthConfig]:
        """Every known registry's credentials (for a build's `X-Registry-Config`)."""
        keys: list[str] = list(self._auths) + list(self._helpers)
        if self._store:
            listing = self._run_helper(self._store, "list", "")
            if isinstance(listing, Mapping):
                keys += [normalize_registry(k) for k in listing]
        keys += list(self._remembered)
        out: dict[str, AuthConfig] = {}
        for key in dict.fromkeys(keys):
            auth = self.resolve(key)
            if auth is not None:
                out[key] = auth
        return out

    def _from_entry(self, key: str, entry: Mapping[str, Any]) -> AuthConfig:
        auth = AuthConfig(
            email=entry.get("email"),
            serveraddress=key,
            identitytoken=entry.get("identitytoken"),
            registrytoken=entry.get("registrytoken"),
        )
        encoded = entry.get("auth")
        if encoded:
            try:
                decoded = base64.b64decode(encoded, validate=False).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError, TypeError):
                raise CredentialError(f"invalid 'auth' entry for {key} in the Docker config") from None
            username, sep, password = decoded.partition(":")
            if not sep:
                raise CredentialError(f"invalid 'auth' entry for {key} in the Docker config: no ':'")
            auth.username, auth.password = username, password
        else:
            auth.username = entry.get("username")
            auth.password = entry.get("password")
        return auth

    def _from_helper(self, helper: str, key: str) -> AuthConfig | None:
        result = self._run_helper(helper, "get", key)
        if result is None:
            return None
        if not isinstance(result, Mapping):
            raise CredentialError(
                f"credential helper docker-credential-{helper} returned unexpected data for {key}"
            )
        username = result.get("Username")
        secret = result.get("Secret")
        server = result.get("ServerURL") or key
        if username == _TOKEN_USERNAME:
            return AuthConfig(identitytoken=secret, serveraddress=server)
        return AuthConfig(username=username, password=secret, serveraddress=server)

    def _run_helper(self, helper: str, action: str, payload: str) -> Any:
        """Run `docker-credential-<helper> <action>`; None means "no credentials"."""
        import shutil
        import subprocess  # here, not at import: most programs never run a credential helper (~3 ms)

        program = f"docker-credential-{helper}"
        env = {**self._environ, **self._helper_env}
        executable = shutil.which(program, path=env.get("PATH"))
        if executable is None:
            raise CredentialError(f"credential helper {program} not found on PATH")
        try:
            proc = subprocess.run(
                [executable, action],
                input=payload.encode("utf-8"),
                capture_output=True,
                timeout=self.helper_timeout,
                env=env,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise CredentialError(
                f"credential helper {program} timed out after {self.helper_timeout}s"
            ) from None
        except OSError as e:
            raise CredentialError(f"cannot run credential helper {program}: {e.strerror}") from None
        if proc.returncode != 0:
            message = proc.stdout.decode("utf-8", "replace").strip()
            # The helpers' standard way of saying "nothing stored for this server".
            if "credentials not found" in message.lower():
                return None
            # Failure output is an error text, not credentials; still keep it short.
            first_line = (message or proc.stderr.decode("utf-8", "replace").strip()).splitlines()[:1]
            detail = f": {first_line[0][:200]}" if first_line else ""
            raise CredentialError(
                f"credential helper {program} {action} failed (exit {proc.returncode}){detail}"
            )
        try:
            return json.loads(proc.stdout)
        except ValueError:
            # Never echo stdout here: it may hold a secret.
            raise CredentialError(f"credential helper {program} {action} printed invalid JSON") from None
