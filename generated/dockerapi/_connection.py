"""Where the daemon is and how to talk to it securely: host URLs, TLS settings, environment.

Everything here is pure configuration; transports consume `Endpoint` and `TLSConfig`.

`npipe://` (Windows named pipes) parses, but `Endpoint.require_supported()` raises
`DockerConnectionError` on any other platform, so using it fails with a clear message.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from ._errors import DockerConnectionError, InvalidArgument, TLSParameterError

if TYPE_CHECKING:  # imported when a context is built: a unix-socket or plain-TCP client never needs ssl (~5 ms)
    import ssl

__all__ = [
    "DEFAULT_UNIX_SOCKET",
    "Endpoint",
    "TLSConfig",
    "from_env",
    "context_settings",
    "kwargs_from_env",
    "parse_host",
]

DEFAULT_UNIX_SOCKET = "/var/run/docker.sock"
DEFAULT_NPIPE = "//./pipe/docker_engine"
_DEFAULT_HOST = "127.0.0.1"
Scheme = Literal["unix", "tcp", "ssh", "npipe"]


class Endpoint:
    """A parsed daemon address (immutable)."""

    # A plain class, not a frozen dataclass: `import dockerapi` made three dataclasses, ~0.6 ms each (their
    # methods are generated and compiled when the class is made), a tenth of the import.
    __slots__ = ("scheme", "path", "host", "port", "tls", "user", "url_path")

    scheme: Scheme
    path: str | None  # unix socket or named pipe path
    host: str | None  # tcp / ssh host (IPv6 without brackets)
    port: int | None
    tls: bool
    user: str | None  # ssh user
    url_path: str  # tcp: a path prefix in front of the API (reverse proxies)

    def __init__(self, scheme: Scheme, path: str | None = None, host: str | None = None, port: int | None = None,
                 tls: bool = False, user: str | None = None, url_path: str = "") -> None:
        values = {"scheme": scheme, "path": path, "host": host, "port": port, "tls": tls, "user": user,
                  "url_path": url_path}
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Endpoint is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Endpoint is immutable: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        return self._values() == other._values() if type(other) is Endpoint else NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return "Endpoint(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")"

    @property
    def base_url(self) -> str:
        """The URL httpx requests are made against; socket transports ignore its host."""
        if self.scheme != "tcp":
            return "http://docker"
        assert self.host is not None
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'https' if self.tls else 'http'}://{host}:{self.port}{self.url_path}"

    @property
    def display_url(self) -> str:
        """The address as docker-py's `APIClient.base_url` shows it: `http+docker://localhost` for a unix
        socket, `http+docker://localnpipe` for a named pipe, `http+docker://ssh` for ssh, else the URL."""
        if self.scheme == "unix":
            return "http+docker://localhost"
        if self.scheme == "npipe":
            return "http+docker://localnpipe"
        if self.scheme == "ssh":
            return "http+docker://ssh"
        return self.base_url

    def require_supported(self) -> None:
        """Raise `DockerConnectionError` if this platform cannot use the endpoint."""
        if self.scheme == "npipe" and sys.platform != "win32":
            raise DockerConnectionError(f"named pipe {self.path} needs Windows; this is {sys.platform}")

    def __str__(self) -> str:
        if self.scheme in ("unix", "npipe"):
            return f"{self.scheme}://{self.path}"
        if self.scheme == "ssh":
            user = f"{self.user}@" if self.user else ""
            port = f":{self.port}" if self.port else ""
            return f"ssh://{user}{self.host}{port}"
        return self.base_url

    @property
    def plain_socket(self) -> bool:
        """A unix socket or TCP without TLS: what the client's own HTTP/1.1 path serves."""
        return self.scheme == "unix" or (self.scheme == "tcp" and not self.tls)


def _port(text: str, url: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise InvalidArgument(f"invalid port {text!r} in Docker host {url!r}")
    return int(text)


def _split_host_port(netloc: str, url: str) -> tuple[str, str | None]:
    """Split `host[:port]`, `[v6][:port]`; the port text is None when absent."""
    if netloc.startswith("["):
        end = netloc.find("]")
        if end < 0:
            raise InvalidArgument(f"unterminated IPv6 address in Docker host {url!r}")
        host, rest = netloc[1:end], netloc[end + 1 :]
        import ipaddress  # only for a bracketed IPv6 host

        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            raise InvalidArgument(f"invalid IPv6 address {host!r} in Docker host {url!r}") from None
        if rest and not rest.startswith(":"):
            raise InvalidArgument(f"unexpected {rest!r} after IPv6 address in Docker host {url!r}")
        return host, (rest[1:] if rest else None)
    if netloc.count(":") > 1:
        raise InvalidArgument(
            f"IPv6 addresses must be in brackets in Docker host {url!r}, e.g. tcp://[::1]:2375"
        )
    host, sep, port = netloc.partition(":")
    return host, (port if sep else None)


def parse_host(url: str | None, *, tls: bool = False) -> Endpoint:
    """Parse a Docker host URL (as in `DOCKER_HOST` / `-H`); None means the default socket.

    Accepted: `unix:///abs/path`, `unix://var/run/docker.sock` (taken as absolute),
    `tcp://host[:port]` (2375, or 2376 with `tls`), `http://`, `https://` (implies TLS),
    `ssh://[user@]host[:port]`, `npipe://...`, `tcp://[::1]:2375`, bare `host:port`,
    and a bare absolute socket path.
    """
    if url is None or not url.strip():
        return Endpoint("unix", path=DEFAULT_UNIX_SOCKET)
    url = url.strip()
    if url.startswith("/"):
        return Endpoint("unix", path=url)
    if "://" not in url:
        url_for_split = "tcp://" + url
    else:
        url_for_split = url
    scheme, _, rest = url_for_split.partition("://")
    scheme = scheme.lower()
    if scheme == "unix":
        path = rest or DEFAULT_UNIX_SOCKET
        return Endpoint("unix", path=path if path.startswith("/") else "/" + path)
    if scheme == "npipe":
        return Endpoint("npipe", path=rest or DEFAULT_NPIPE)
    if scheme == "fd":
        raise InvalidArgument(f"Docker host {url!r}: fd:// is only meaningful to the daemon itself")
    if scheme not in ("tcp", "http", "https", "ssh"):
        raise InvalidArgument(
            f"unsupported scheme {scheme!r} in Docker host {url!r} (use unix, tcp, http, https, ssh or npipe)"
        )
    if "?" in rest or "#" in rest:
        raise InvalidArgument(f"Docker host {url!r} must not have a query or fragment")
    netloc, slash, path = rest.partition("/")
    user: str | None = None
    if "@" in netloc:
        user, _, netloc = netloc.rpartition("@")
        if scheme != "ssh":
            raise InvalidArgument(f"credentials in a {scheme}:// Docker host are not supported: {url!r}")
    host, port_text = _split_host_port(netloc, url)
    if scheme == "ssh":
        if not host:
            raise InvalidArgument(f"Docker host {url!r} has no host name")
        if path:
            raise InvalidArgument(f"ssh Docker host {url!r} must not have a path")
        return Endpoint("ssh", host=host, port=_port(port_text, url) if port_text else 22, user=user or None)
    use_tls = tls or scheme == "https"
    port = _port(port_text, url) if port_text else (2376 if use_tls else 2375)
    url_path = (slash + path).rstrip("/")
    return Endpoint("tcp", host=host or _DEFAULT_HOST, port=port, tls=use_tls, url_path=url_path)


def _require_file(path: str, what: str) -> None:
    if not os.path.isfile(path):
        raise TLSParameterError(f"{what} file not found: {path}")


class TLSConfig:
    """TLS settings for a tcp endpoint (the classic docker-py `TLSConfig`).

    `client_cert` is `(cert, key)`; `verify` is True (default trust store), False (no
    verification at all) or a CA bundle path; `ca_cert` is a CA bundle path and wins over
    `verify=path`; `assert_hostname=False` checks the chain but not the name, a string checks
    against that name instead of the host's. Two configs with the same four settings are equal.
    """

    _SETTINGS = ("client_cert", "ca_cert", "verify", "assert_hostname")
    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # compared by value and mutable: unhashable

    def __init__(self, client_cert: tuple[str, str] | None = None, ca_cert: str | None = None,
                 verify: bool | str | None = None, assert_hostname: str | bool | None = None) -> None:
        self.client_cert = client_cert
        self.ca_cert = ca_cert
        self.verify = verify
        self.assert_hostname = assert_hostname
        self._context: ssl.SSLContext | None = None
        if client_cert is not None:
            if not isinstance(client_cert, (tuple, list)) or len(client_cert) != 2:
                raise TLSParameterError("client_cert must be a (cert_path, key_path) pair")
            cert, key = client_cert
            if not cert or not key:
                raise TLSParameterError("client_cert needs both a certificate and a key path")
            _require_file(cert, "client certificate")
            _require_file(key, "client key")
            self.client_cert = (cert, key)
        if ca_cert is not None:
            _require_file(ca_cert, "CA certificate")
        if isinstance(verify, str):
            _require_file(verify, "CA certificate (verify)")

    def _settings(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._SETTINGS)

    def __eq__(self, other: object) -> bool:
        return self._settings() == other._settings() if type(other) is type(self) else NotImplemented

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._SETTINGS)
        return f"{type(self).__name__}({shown})"

    @property
    def ca_file(self) -> str | None:
        """The explicit CA bundle, if any."""
        if self.ca_cert:
            return self.ca_cert
        return self.verify if isinstance(self.verify, str) else None

    @property
    def server_hostname(self) -> str | None:
        """The name to check the server certificate against, when it is not the host's."""
        return self.assert_hostname if isinstance(self.assert_hostname, str) else None

    def ssl_context(self) -> ssl.SSLContext:
        """The SSL context (built once, then cached on the instance)."""
        if self._context is None:
            self._context = self._build()
        return self._context

    def _build(self) -> ssl.SSLContext:
        # Built by hand: create_default_context() would also load the environment's trust
        # store (SSL_CERT_FILE...), which must not widen an explicitly given CA.
        import ssl

        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        if self.verify is False:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        else:
            ca = self.ca_file
            if ca:
                try:
                    ctx.load_verify_locations(cafile=ca)
                except (ssl.SSLError, OSError) as e:
                    raise TLSParameterError(f"cannot load CA certificate {ca}: {e}") from None
            else:
                ctx.load_default_certs(ssl.Purpose.SERVER_AUTH)
            if self.assert_hostname is False:
                ctx.check_hostname = False
        if self.client_cert is not None:
            cert, key = self.client_cert
            try:
                ctx.load_cert_chain(cert, key)
            except (ssl.SSLError, OSError) as e:
                raise TLSParameterError(f"cannot load client certificate {cert} / key {key}: {e}") from None
        return ctx


def _config_dir(environ: Mapping[str, str]) -> str:
    home = environ.get("HOME") or os.path.expanduser("~")
    return environ.get("DOCKER_CONFIG") or os.path.join(home, ".docker")


def _current_context(environ: Mapping[str, str], config_dir: str) -> str | None:
    name = environ.get("DOCKER_CONTEXT")
    if not name:
        try:
            with open(os.path.join(config_dir, "config.json"), encoding="utf-8") as f:
                data = json.load(f)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as e:
            raise InvalidArgument(f"cannot read {config_dir}/config.json: {e}") from None
        name = data.get("currentContext") if isinstance(data, dict) else None
    return None if not name or name == "default" else str(name)


def _tls_from_dir(directory: str, verify: bool) -> TLSConfig | None:
    """TLS material found in a directory of ca.pem / cert.pem / key.pem; None if there is none."""
    ca, cert, key = (os.path.join(directory, n) for n in ("ca.pem", "cert.pem", "key.pem"))
    has_ca, has_pair = os.path.isfile(ca), os.path.isfile(cert) and os.path.isfile(key)
    if not (has_ca or has_pair):
        return None
    return TLSConfig(
        client_cert=(cert, key) if has_pair else None,
        ca_cert=ca if has_ca and verify else None,
        verify=verify,
    )


def _context_paths(name: str, config_dir: str) -> tuple[str, str]:
    """Where the CLI keeps context `name`: its meta.json and the directory of its docker endpoint's TLS files."""
    import hashlib  # here, not at import: only docker contexts need it

    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()
    contexts = os.path.join(config_dir, "contexts")
    return (os.path.join(contexts, "meta", digest, "meta.json"),
            os.path.join(contexts, "tls", digest, "docker"))


def _from_context(name: str, config_dir: str) -> dict[str, Any]:
    meta_path, tls_dir = _context_paths(name, config_dir)
    try:
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
    except FileNotFoundError:
        raise InvalidArgument(f"Docker context {name!r} not found (no {meta_path})") from None
    except (OSError, ValueError) as e:
        raise InvalidArgument(f"cannot read Docker context {name!r}: {e}") from None
    docker_ep = ((meta.get("Endpoints") or {}).get("docker") or {}) if isinstance(meta, dict) else {}
    host = docker_ep.get("Host")
    if not host:
        raise InvalidArgument(f"Docker context {name!r} has no docker endpoint host")
    skip_verify = bool(docker_ep.get("SkipTLSVerify"))
    tls = _tls_from_dir(tls_dir, not skip_verify)
    if tls is None and skip_verify:
        tls = TLSConfig(verify=False)
    return {"base_url": str(host), "tls": tls or False}


def context_settings(name: str | None = None, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Client settings of the Docker context `name`: None means the current one (`DOCKER_CONTEXT`, else the
    config's `currentContext`), and "default" (or no current context) the default socket. Returns
    `{"base_url": str, "tls": TLSConfig | False}`."""
    env = os.environ if environ is None else environ
    config_dir = _config_dir(env)
    if name is None:
        name = _current_context(env, config_dir)
    if name is None or name == "default":
        return {"base_url": "unix://" + DEFAULT_UNIX_SOCKET, "tls": False}
    return _from_context(name, config_dir)


def from_env(environ: Mapping[str, str] | None = None, *, use_context: bool = True) -> dict[str, Any]:
    """Client settings from the environment, resolved like the Docker CLI.

    `DOCKER_HOST` wins over `DOCKER_CONTEXT`, which wins over the config's `currentContext`;
    the context named "default" means none; `use_context=False` skips the contexts (the default
    socket without `DOCKER_HOST`). With `DOCKER_HOST`, TLS comes from
    `DOCKER_TLS_VERIFY` (verify) or `DOCKER_TLS` / `DOCKER_CERT_PATH` (no verification) and
    the files in `DOCKER_CERT_PATH` (default `~/.docker`). Returns
    `{"base_url": str, "tls": TLSConfig | False}`.
    """
    env = os.environ if environ is None else environ
    config_dir = _config_dir(env)
    host = env.get("DOCKER_HOST")
    if not host:
        if use_context:
            return context_settings(None, env)
        return {"base_url": "unix://" + DEFAULT_UNIX_SOCKET, "tls": False}
    verify = bool(env.get("DOCKER_TLS_VERIFY"))
    cert_path = env.get("DOCKER_CERT_PATH")
    if not (verify or env.get("DOCKER_TLS") or cert_path):
        return {"base_url": host, "tls": False}
    tls = _tls_from_dir(cert_path or config_dir, verify)
    if tls is None:
        if cert_path:
            raise TLSParameterError(f"DOCKER_CERT_PATH {cert_path} has no ca.pem or cert.pem/key.pem")
        tls = TLSConfig(verify=verify)
    return {"base_url": host, "tls": tls}


def kwargs_from_env(environment: Mapping[str, str] | None = None) -> dict[str, Any]:
    """docker-py's `kwargs_from_env`: the client keywords the environment gives, for `Client(**kwargs)`.

    `base_url` only when `DOCKER_HOST` is set (no contexts: see `dockerapi.from_env`); `tls` only when
    `DOCKER_TLS_VERIFY` is set to a non-empty value (verify the daemon) or `DOCKER_CERT_PATH` is, as a
    `TLSConfig` of the `ca.pem`, `cert.pem` and `key.pem` in `DOCKER_CERT_PATH` (default `~/.docker`).
    """
    env = os.environ if environment is None else environment
    params: dict[str, Any] = {}
    host = env.get("DOCKER_HOST")
    if host:
        params["base_url"] = host
    cert_path = env.get("DOCKER_CERT_PATH") or None
    verify_flag = env.get("DOCKER_TLS_VERIFY")
    verify = verify_flag is not None and verify_flag != ""
    if not (cert_path or verify):
        return params
    directory = cert_path or os.path.join(os.path.expanduser("~"), ".docker")
    params["tls"] = TLSConfig(
        client_cert=(os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")),
        ca_cert=os.path.join(directory, "ca.pem"),
        verify=verify,
    )
    return params
