from __future__ import annotations

import hashlib
import json
import ssl
import sys
from pathlib import Path

import pytest
import trustme
from dockerapi._connection import Endpoint, TLSConfig, from_env, parse_host
from dockerapi._errors import DockerConnectionError, InvalidArgument, TLSParameterError


@pytest.mark.parametrize(
    ("url", "tls", "expected", "base_url"),
    [
        (None, False, Endpoint("unix", path="/var/run/docker.sock"), "http://docker"),
        ("", False, Endpoint("unix", path="/var/run/docker.sock"), "http://docker"),
        (
            "unix:///run/user/1000/docker.sock",
            False,
            Endpoint("unix", path="/run/user/1000/docker.sock"),
            None,
        ),
        ("unix://var/run/docker.sock", False, Endpoint("unix", path="/var/run/docker.sock"), None),
        ("unix://", False, Endpoint("unix", path="/var/run/docker.sock"), None),
        ("/tmp/d.sock", False, Endpoint("unix", path="/tmp/d.sock"), None),
        ("tcp://10.0.0.2:2375", False, Endpoint("tcp", host="10.0.0.2", port=2375), "http://10.0.0.2:2375"),
        (
            "tcp://example.com",
            False,
            Endpoint("tcp", host="example.com", port=2375),
            "http://example.com:2375",
        ),
        (
            "tcp://example.com",
            True,
            Endpoint("tcp", host="example.com", port=2376, tls=True),
            "https://example.com:2376",
        ),
        ("tcp://h:1234", True, Endpoint("tcp", host="h", port=1234, tls=True), "https://h:1234"),
        ("http://h:80", False, Endpoint("tcp", host="h", port=80), "http://h:80"),
        ("https://h", False, Endpoint("tcp", host="h", port=2376, tls=True), "https://h:2376"),
        ("tcp://[::1]:2375", False, Endpoint("tcp", host="::1", port=2375), "http://[::1]:2375"),
        ("tcp://[fe80::1%eth0]:2375", False, Endpoint("tcp", host="fe80::1%eth0", port=2375), None),
        ("h:2375", False, Endpoint("tcp", host="h", port=2375), "http://h:2375"),
        ("localhost", False, Endpoint("tcp", host="localhost", port=2375), None),
        ("tcp://:2375", False, Endpoint("tcp", host="127.0.0.1", port=2375), None),
        ("tcp://h:2375/", False, Endpoint("tcp", host="h", port=2375), "http://h:2375"),
        (
            "https://proxy:443/docker/",
            False,
            Endpoint("tcp", host="proxy", port=443, tls=True, url_path="/docker"),
            "https://proxy:443/docker",
        ),
        ("ssh://me@box", False, Endpoint("ssh", host="box", port=22, user="me"), "http://docker"),
        ("ssh://box:2222", False, Endpoint("ssh", host="box", port=2222), None),
        ("npipe:////./pipe/docker_engine", False, Endpoint("npipe", path="//./pipe/docker_engine"), None),
        ("TCP://H:1", False, Endpoint("tcp", host="H", port=1), None),
    ],
)
def test_parse_host(url: str | None, tls: bool, expected: Endpoint, base_url: str | None) -> None:
    ep = parse_host(url, tls=tls)
    assert ep == expected
    if base_url is not None:
        assert ep.base_url == base_url


@pytest.mark.parametrize(
    "url",
    [
        "tcp://h:notaport",
        "tcp://h:0",
        "tcp://h:70000",
        "ftp://h",
        "fd://",
        "tcp://::1:2375",
        "tcp://[::1",
        "tcp://[zz]:1",
        "tcp://user@h:1",
        "tcp://h:1?x=1",
        "ssh://",
        "ssh://h/path",
    ],
)
def test_parse_host_invalid(url: str) -> None:
    with pytest.raises(InvalidArgument):
        parse_host(url)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes work on Windows")
def test_npipe_unsupported_here() -> None:
    with pytest.raises(DockerConnectionError, match="Windows"):
        parse_host("npipe:////./pipe/docker_engine").require_supported()
    parse_host(None).require_supported()


def test_endpoint_str() -> None:
    assert str(parse_host("ssh://u@h")) == "ssh://u@h:22"
    assert str(parse_host(None)) == "unix:///var/run/docker.sock"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def pems(tmp_path: Path, ca: trustme.CA) -> dict[str, str]:
    ca_path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_path))
    client = ca.issue_cert("client")
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    client.cert_chain_pems[0].write_to_path(str(cert_path))
    client.private_key_pem.write_to_path(str(key_path))
    return {"ca": str(ca_path), "cert": str(cert_path), "key": str(key_path), "dir": str(tmp_path)}


def test_tls_validation_errors(pems: dict[str, str], tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.pem")
    with pytest.raises(TLSParameterError, match="client key"):
        TLSConfig(client_cert=(pems["cert"], missing))
    with pytest.raises(TLSParameterError, match="client certificate"):
        TLSConfig(client_cert=(missing, pems["key"]))
    with pytest.raises(TLSParameterError, match="pair"):
        TLSConfig(client_cert=(pems["cert"],))  # type: ignore[arg-type]
    with pytest.raises(TLSParameterError, match="both"):
        TLSConfig(client_cert=(pems["cert"], ""))
    with pytest.raises(TLSParameterError, match="CA certificate"):
        TLSConfig(ca_cert=missing)
    with pytest.raises(TLSParameterError, match="missing.pem"):
        TLSConfig(verify=missing)


def test_bad_pem_is_tls_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.pem"
    bogus.write_text("not a certificate")
    with pytest.raises(TLSParameterError, match="bogus.pem"):
        TLSConfig(ca_cert=str(bogus)).ssl_context()


def subjects(ctx: ssl.SSLContext) -> list[object]:
    return [c["subject"] for c in ctx.get_ca_certs()]


def test_explicit_ca_wins_over_environment(
    pems: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ca: trustme.CA
) -> None:
    other = trustme.CA()
    other_path = tmp_path / "other.pem"
    other.cert_pem.write_to_path(str(other_path))
    for var in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.setenv(var, str(other_path))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    for cfg in (TLSConfig(ca_cert=pems["ca"]), TLSConfig(verify=pems["ca"])):
        ctx = cfg.ssl_context()
        assert len(ctx.get_ca_certs()) == 1
        expected = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        expected.load_verify_locations(pems["ca"])
        assert subjects(ctx) == subjects(expected)
        assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname


def test_context_modes_and_cache(pems: dict[str, str]) -> None:
    off = TLSConfig(verify=False).ssl_context()
    assert off.verify_mode == ssl.CERT_NONE and not off.check_hostname
    no_name = TLSConfig(ca_cert=pems["ca"], assert_hostname=False).ssl_context()
    assert no_name.verify_mode == ssl.CERT_REQUIRED and not no_name.check_hostname
    named = TLSConfig(ca_cert=pems["ca"], assert_hostname="docker.internal")
    assert named.server_hostname == "docker.internal" and named.ssl_context().check_hostname
    assert TLSConfig().server_hostname is None
    cfg = TLSConfig(client_cert=(pems["cert"], pems["key"]), ca_cert=pems["ca"])
    assert cfg.ssl_context() is cfg.ssl_context()
    default = TLSConfig().ssl_context()
    assert default.verify_mode == ssl.CERT_REQUIRED


def test_handshake_with_explicit_ca(pems: dict[str, str], ca: trustme.CA) -> None:
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("docker.internal").configure_cert(server_ctx)
    client_ctx = TLSConfig(ca_cert=pems["ca"], assert_hostname="docker.internal").ssl_context()
    c_in, c_out, s_in, s_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    client = client_ctx.wrap_bio(c_in, c_out, server_hostname="docker.internal")
    server = server_ctx.wrap_bio(s_in, s_out, server_side=True)
    done = {"c": False, "s": False}
    for _ in range(10):
        for name, obj, out, peer_in in (("c", client, c_out, s_in), ("s", server, s_out, c_in)):
            if not done[name]:
                try:
                    obj.do_handshake()
                    done[name] = True
                except ssl.SSLWantReadError:
                    pass
            peer_in.write(out.read())
    assert done == {"c": True, "s": True}


# --- from_env ---


def test_from_env_defaults(tmp_path: Path) -> None:
    assert from_env({"HOME": str(tmp_path)}) == {"base_url": "unix:///var/run/docker.sock", "tls": False}


def test_from_env_docker_host_plain(tmp_path: Path) -> None:
    assert from_env({"HOME": str(tmp_path), "DOCKER_HOST": "tcp://h:2375"}) == {
        "base_url": "tcp://h:2375",
        "tls": False,
    }


def test_from_env_tls_verify(pems: dict[str, str], tmp_path: Path) -> None:
    env = {
        "HOME": str(tmp_path),
        "DOCKER_HOST": "tcp://h:2376",
        "DOCKER_TLS_VERIFY": "1",
        "DOCKER_CERT_PATH": pems["dir"],
    }
    out = from_env(env)
    tls = out["tls"]
    assert isinstance(tls, TLSConfig)
    assert tls.ca_cert == pems["ca"] and tls.client_cert == (pems["cert"], pems["key"]) and tls.verify is True


def test_from_env_tls_without_verify(pems: dict[str, str], tmp_path: Path) -> None:
    env = {
        "HOME": str(tmp_path),
        "DOCKER_HOST": "tcp://h:2376",
        "DOCKER_TLS_VERIFY": "",
        "DOCKER_CERT_PATH": pems["dir"],
    }
    tls = from_env(env)["tls"]
    assert isinstance(tls, TLSConfig) and tls.verify is False and tls.ca_cert is None
    assert tls.client_cert == (pems["cert"], pems["key"])


def test_from_env_cert_path_without_files(tmp_path: Path) -> None:
    with pytest.raises(TLSParameterError):
        from_env({"DOCKER_HOST": "tcp://h:2376", "DOCKER_CERT_PATH": str(tmp_path / "empty")})


def test_from_env_tls_verify_default_trust(tmp_path: Path) -> None:
    tls = from_env({"HOME": str(tmp_path), "DOCKER_HOST": "tcp://h:2376", "DOCKER_TLS_VERIFY": "1"})["tls"]
    assert isinstance(tls, TLSConfig) and tls.ca_cert is None and tls.verify is True


def make_context(
    config_dir: Path, name: str, host: str, skip_verify: bool = False, pems: dict[str, str] | None = None
) -> None:
    digest = hashlib.sha256(name.encode()).hexdigest()
    meta = config_dir / "contexts" / "meta" / digest
    meta.mkdir(parents=True)
    (meta / "meta.json").write_text(
        json.dumps(
            {
                "Name": name,
                "Metadata": {},
                "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": skip_verify}},
            }
        )
    )
    if pems:
        tls_dir = config_dir / "contexts" / "tls" / digest / "docker"
        tls_dir.mkdir(parents=True)
        for key, fname in (("ca", "ca.pem"), ("cert", "cert.pem"), ("key", "key.pem")):
            (tls_dir / fname).write_bytes(Path(pems[key]).read_bytes())


def test_from_env_contexts(tmp_path: Path, pems: dict[str, str]) -> None:
    cfg = tmp_path / "cfg"
    make_context(cfg, "remote", "tcp://remote:2376", pems=pems)
    make_context(cfg, "other", "ssh://me@other")
    (cfg / "config.json").write_text(json.dumps({"currentContext": "remote"}))
    env = {"HOME": str(tmp_path), "DOCKER_CONFIG": str(cfg)}

    out = from_env(env)
    assert out["base_url"] == "tcp://remote:2376"
    tls = out["tls"]
    assert isinstance(tls, TLSConfig) and tls.verify is True
    assert tls.ca_cert is not None and tls.ca_cert.startswith(str(cfg))
    assert tls.client_cert is not None

    # DOCKER_CONTEXT beats currentContext; DOCKER_HOST beats both; "default" means none.
    assert from_env({**env, "DOCKER_CONTEXT": "other"}) == {"base_url": "ssh://me@other", "tls": False}
    assert from_env({**env, "DOCKER_CONTEXT": "other", "DOCKER_HOST": "tcp://x:1"})["base_url"] == "tcp://x:1"
    assert from_env({**env, "DOCKER_CONTEXT": "default"})["base_url"] == "unix:///var/run/docker.sock"


def test_from_env_context_skip_verify(tmp_path: Path, pems: dict[str, str]) -> None:
    cfg = tmp_path / "cfg"
    make_context(cfg, "insecure", "tcp://r:2376", skip_verify=True, pems=pems)
    tls = from_env({"HOME": str(tmp_path), "DOCKER_CONFIG": str(cfg), "DOCKER_CONTEXT": "insecure"})["tls"]
    assert isinstance(tls, TLSConfig) and tls.verify is False and tls.ca_cert is None
    make_context(cfg, "bare", "tcp://r:2376", skip_verify=True)
    tls2 = from_env({"HOME": str(tmp_path), "DOCKER_CONFIG": str(cfg), "DOCKER_CONTEXT": "bare"})["tls"]
    assert isinstance(tls2, TLSConfig) and tls2.verify is False


def test_from_env_missing_context(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgument, match="nope"):
        from_env({"HOME": str(tmp_path), "DOCKER_CONTEXT": "nope"})


def test_addresses_credentials_and_tls_settings_are_values(pems: dict[str, str]) -> None:
    # plain classes since issue 25 (dataclasses cost the import ~2 ms): what their dataclasses gave stays
    from dockerapi._auth import AuthConfig

    endpoint = parse_host("tcp://10.0.0.1:2375")
    assert endpoint == Endpoint("tcp", host="10.0.0.1", port=2375) and endpoint != parse_host("tcp://10.0.0.1:2376")
    assert {endpoint: 1}[Endpoint("tcp", host="10.0.0.1", port=2375)] == 1  # hashable, by value
    with pytest.raises(AttributeError):
        setattr(endpoint, "port", 1)  # noqa: B010 (what any write does)
    assert repr(endpoint) == ("Endpoint(scheme='tcp', path=None, host='10.0.0.1', port=2375, tls=False, user=None, "
                              "url_path='')")

    tls = TLSConfig(client_cert=(pems["cert"], pems["key"]), verify=pems["ca"])
    assert tls == TLSConfig((pems["cert"], pems["key"]), None, pems["ca"]) and tls != TLSConfig(verify=False)
    assert repr(TLSConfig(verify=False)) == "TLSConfig(client_cert=None, ca_cert=None, verify=False, assert_hostname=None)"
    assert tls.ssl_context() is tls.ssl_context()  # built once, and not part of equality
    assert tls == TLSConfig(client_cert=(pems["cert"], pems["key"]), verify=pems["ca"])

    auth = AuthConfig(username="u", password="s3cret", serveraddress="r.example")
    assert auth == AuthConfig.from_mapping({"Username": "u", "Password": "s3cret", "ServerAddress": "r.example"})
    assert "s3cret" not in repr(auth) and repr(auth) == "AuthConfig(username='u', password='***', serveraddress='r.example')"
    assert auth.to_wire() == {"username": "u", "password": "s3cret", "serveraddress": "r.example"}
    for mutable in (tls, auth):
        with pytest.raises(TypeError):
            hash(mutable)
