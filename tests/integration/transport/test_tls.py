"""Mutual TLS against the real listener (docker20 on 127.0.0.1:2376): success and each kind of refusal."""

from __future__ import annotations

from typing import Any

import pytest
from dockerapi import Client, TLSConfig, TLSParameterError


def _tls(facts: dict[str, Any], **overrides: Any) -> TLSConfig:
    settings: dict[str, Any] = {"client_cert": (facts["cert"], facts["key"]), "ca_cert": facts["ca"]}
    settings.update(overrides)
    return TLSConfig(**settings)


def test_mutual_tls_works_and_runs_a_container(tls_server: dict[str, Any]) -> None:
    with Client(tls_server["base_url"], tls=_tls(tls_server)) as client:
        assert client.version()["ApiVersion"] == "1.41"
        container = client.create_container("busybox:latest", "echo over-tls")
        try:
            client.start(container)
            assert client.wait(container) == 0
            assert client.logs(container) == b"over-tls\n"
        finally:
            client.remove_container(container, force=True)


def test_tcp_url_with_tls_config(tls_server: dict[str, Any]) -> None:
    with Client("tcp://127.0.0.1:2376", tls=_tls(tls_server)) as client:
        assert client.ping() in (True, "OK")


def test_by_a_name_in_the_san(tls_server: dict[str, Any]) -> None:
    with Client("https://localhost:2376", tls=_tls(tls_server)) as client:
        assert client.version()["ApiVersion"] == "1.41"


def test_wrong_ca_says_server_cert_not_trusted(tls_server: dict[str, Any]) -> None:
    with Client(tls_server["base_url"], tls=_tls(tls_server, ca_cert=tls_server["wrong_ca"])) as client:
        with pytest.raises(TLSParameterError, match=r"server certificate .* not trusted.*given CA"):
            client.version()


def test_no_client_cert_says_one_is_required(tls_server: dict[str, Any]) -> None:
    with Client(tls_server["base_url"], tls=TLSConfig(ca_cert=tls_server["ca"])) as client:
        with pytest.raises(TLSParameterError, match="requires a client certificate and none was sent"):
            client.version()


def test_foreign_client_cert_is_refused(tls_server: dict[str, Any]) -> None:
    tls = _tls(tls_server, client_cert=(tls_server["wrong_cert"], tls_server["wrong_key"]))
    with Client(tls_server["base_url"], tls=tls) as client:
        with pytest.raises(TLSParameterError, match="refused the client certificate.*not signed by a CA it trusts"):
            client.version()


def test_hostname_mismatch(tls_server: dict[str, Any]) -> None:
    with Client(tls_server["base_url"], tls=_tls(tls_server, assert_hostname="wrong.example")) as client:
        with pytest.raises(TLSParameterError, match="does not match its host name.*wrong.example"):
            client.version()


def test_assert_hostname_false_skips_only_the_name(tls_server: dict[str, Any]) -> None:
    with Client(tls_server["base_url"], tls=_tls(tls_server, assert_hostname=False)) as client:
        assert client.version()["ApiVersion"] == "1.41"
    with Client(tls_server["base_url"], tls=_tls(tls_server, assert_hostname=False,
                                                ca_cert=tls_server["wrong_ca"])) as client:
        with pytest.raises(TLSParameterError, match="not trusted"):
            client.version()


def test_explicit_ca_wins_over_bogus_environment(tls_server: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.setenv(name, tls_server["wrong_ca"])
    monkeypatch.setenv("SSL_CERT_DIR", tls_server["wrong_cert_dir"])
    with Client(tls_server["base_url"], tls=_tls(tls_server)) as client:
        assert client.version()["ApiVersion"] == "1.41"


def test_tls_true_uses_the_system_store(tls_server: dict[str, Any]) -> None:
    with Client(tls_server["base_url"], tls=True) as client:
        with pytest.raises(TLSParameterError, match="system's default trust store"):
            client.version()


def test_missing_cert_file_is_refused_before_connecting(tmp_path: Any) -> None:
    with pytest.raises(TLSParameterError, match="not found"):
        TLSConfig(client_cert=(str(tmp_path / "cert.pem"), str(tmp_path / "key.pem")))
