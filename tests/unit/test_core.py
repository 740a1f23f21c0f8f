"""Runtime core logic over httpx.MockTransport: negotiation, error mapping, timeouts, stream shaping.

No daemon: each test plays the daemon with a handler and checks what a user of the client sees.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable
from typing import Any

import dockerapi
import httpx
import pytest
from dockerapi import (
    APIError,
    Client,
    Conflict,
    ImageNotFound,
    InvalidVersion,
    NotFound,
    TLSConfig,
)
from dockerapi._auth import AuthConfig
from dockerapi._connection import parse_host
from dockerapi._transports import make_transport
from hypothesis import given, settings
from hypothesis import strategies as st


class Daemon:
    """A fake daemon: records requests, answers /_ping with `api`, everything else with `answer`."""

    def __init__(self, api: str | None = "1.41", answer: Callable[[httpx.Request], httpx.Response] | None = None):
        self.api = api
        self.answer = answer or (lambda request: httpx.Response(200, json={}))
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/_ping":
            headers = {"Api-Version": self.api} if self.api else {}
            return httpx.Response(200, text="OK", headers=headers)
        return self.answer(request)

    def client(self, **kwargs: Any) -> Client:
        return Client("unix:///nonexistent.sock", transport=httpx.MockTransport(self), **kwargs)

    @property
    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]


# --- version negotiation -------------------------------------------------------------------------


def test_auto_version_uses_the_daemons_api_version() -> None:
    daemon = Daemon("1.41")
    with daemon.client() as client:
        assert client.api_version == "1.41"
        client.inspect_container("abc")
    assert daemon.paths == ["/_ping", "/v1.41/containers/abc/json"]


def test_auto_version_is_capped_at_the_newest_known() -> None:
    daemon = Daemon("1.99")
    with daemon.client() as client:
        assert client.api_version == client.newest_api_version
        assert tuple(map(int, client.api_version.split("."))) < (1, 99)
        client.inspect_container("abc")
    assert daemon.paths[-1] == f"/v{client.newest_api_version}/containers/abc/json"


def test_negotiation_happens_once() -> None:
    daemon = Daemon("1.45")
    with daemon.client() as client:
        for _ in range(3):
            client.inspect_container("abc")
    assert daemon.paths.count("/_ping") == 1


def test_pinned_version_is_used_as_given_without_ping() -> None:
    daemon = Daemon("1.41")
    with daemon.client(version="1.30") as client:
        assert client.api_version == "1.30"
        client.inspect_container("abc")
    assert daemon.paths == ["/v1.30/containers/abc/json"]


def test_ping_asks_the_unversioned_endpoint_as_the_docker_cli_does() -> None:
    daemon = Daemon("1.41")
    with daemon.client(version="1.40") as client:
        assert client.ping() is True
        assert client.ping_head() is True
        client.inspect_container("abc")
    assert daemon.paths == ["/_ping", "/_ping", "/v1.40/containers/abc/json"]


def test_daemon_older_than_1_24_is_refused_clearly() -> None:
    daemon = Daemon("1.12")
    with daemon.client() as client:
        with pytest.raises(InvalidVersion, match=r"1\.12.*at least 1\.24"):
            client.inspect_container("abc")
    assert daemon.paths == ["/_ping"]  # nothing else was sent


def test_pinning_below_1_24_is_refused() -> None:
    with pytest.raises(InvalidVersion, match="1.23"):
        Daemon().client(version="1.23")


# --- errors --------------------------------------------------------------------------------------


def _error(status: int, message: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, json={"message": message})


def test_api_error_carries_status_explanation_method_and_url() -> None:
    daemon = Daemon(answer=_error(500, "something broke inside"))
    with daemon.client() as client, pytest.raises(APIError) as info:
        client.inspect_container("abc")
    error = info.value
    assert type(error) is APIError
    assert error.status_code == 500
    assert error.explanation == "something broke inside"
    assert error.method == "GET"
    assert error.url is not None and error.url.startswith("/v1.41/containers/abc/json")
    assert "500" in str(error) and "something broke inside" in str(error) and "/v1.41/containers/abc/json" in str(error)
    assert error.is_server_error() and not error.is_client_error()


def test_plain_text_error_body_is_the_explanation() -> None:
    daemon = Daemon(answer=lambda r: httpx.Response(400, text="bad parameter\n"))
    with daemon.client() as client, pytest.raises(APIError) as info:
        client.inspect_container("abc")
    assert info.value.explanation == "bad parameter"
    assert info.value.is_client_error()


@pytest.mark.parametrize(
    ("call", "status", "error_class"),
    [
        (lambda c: c.inspect_container("x"), 404, NotFound),
        (lambda c: c.inspect_image("x"), 404, ImageNotFound),
        (lambda c: c.remove_container("x"), 409, Conflict),
    ],
    ids=["container-404", "image-404", "remove-409"],
)
def test_status_maps_to_error_class(call: Callable[[Client], Any], status: int, error_class: type) -> None:
    daemon = Daemon(answer=_error(status, "no such thing"))
    with daemon.client() as client, pytest.raises(error_class) as info:
        call(client)
    assert info.value.status_code == status
    assert info.value.explanation == "no such thing"


def test_image_not_found_is_a_not_found() -> None:
    assert issubclass(ImageNotFound, NotFound)


@pytest.mark.parametrize("method", ["start", "stop"])
def test_304_on_start_or_stop_is_success(method: str) -> None:
    # The catalog lists 304 ("already started" / "already stopped") as "ok" for these.
    daemon = Daemon(answer=lambda r: httpx.Response(304))
    with daemon.client() as client:
        assert getattr(client, method)("abc") is None
    assert daemon.requests[-1].method == "POST"


def test_304_elsewhere_is_not_modified() -> None:
    daemon = Daemon(answer=lambda r: httpx.Response(304))
    with daemon.client() as client, pytest.raises(dockerapi.NotModified):
        client.kill("abc")


# --- timeouts ------------------------------------------------------------------------------------


def _timeout_of(request: httpx.Request) -> dict[str, Any]:
    return dict(request.extensions["timeout"])


def _wait_answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/wait"):
        return httpx.Response(200, json={"StatusCode": 0})
    if request.url.path.endswith("/events"):
        return httpx.Response(200, content=b"")
    if request.url.path.endswith("/json"):
        return httpx.Response(200, json={"Id": "abc", "Config": {"Tty": False}})
    return httpx.Response(200, content=b"")


def test_client_default_timeout_applies_to_plain_calls() -> None:
    daemon = Daemon(answer=_wait_answer)
    with daemon.client(timeout=7) as client:
        client.inspect_container("abc")
    assert _timeout_of(daemon.requests[-1]) == {"connect": 7, "read": 7, "write": 7, "pool": 7}


def test_per_call_request_timeout_wins() -> None:
    daemon = Daemon(answer=_wait_answer)
    with daemon.client(timeout=7) as client:
        client.inspect_container("abc", request_timeout=1.5)
    assert _timeout_of(daemon.requests[-1])["read"] == 1.5


@pytest.mark.parametrize(
    ("call", "path_end"),
    [
        (lambda c: c.wait("abc"), "/wait"),
        (lambda c: list(c.events(decode=True)), "/events"),
        (lambda c: c.logs("abc", follow=True), "/logs"),
    ],
    ids=["wait", "events", "logs-follow"],
)
def test_streaming_calls_have_no_read_timeout(call: Callable[[Client], Any], path_end: str) -> None:
    daemon = Daemon(answer=_wait_answer)
    with daemon.client(timeout=7) as client:
        call(client)
    request = next(r for r in daemon.requests if r.url.path.endswith(path_end))
    timeout = _timeout_of(request)
    assert timeout["read"] is None
    assert timeout["connect"] == 7  # connecting still times out


# --- TLS settings --------------------------------------------------------------------------------


def test_no_ssl_context_is_built_for_unix_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("an SSL context was built for a unix socket")

    monkeypatch.setattr(ssl, "create_default_context", forbidden)
    monkeypatch.setattr(ssl, "SSLContext", forbidden)
    transport = make_transport(parse_host("unix:///var/run/docker.sock"))
    transport.close()
    Client("unix:///var/run/docker.sock").close()


def test_an_ssl_context_is_built_for_https(monkeypatch: pytest.MonkeyPatch) -> None:
    # the counterpart of the test above: the patch does catch a context being built
    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("built")

    monkeypatch.setattr(ssl, "create_default_context", forbidden)
    with pytest.raises(AssertionError, match="built"):
        Client("https://127.0.0.1:2376")


def test_explicit_ca_wins_over_environment_bundles(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    trustme = pytest.importorskip("trustme")
    right, wrong = trustme.CA(), trustme.CA()
    right_pem, wrong_pem = tmp_path / "right.pem", tmp_path / "wrong.pem"
    right.cert_pem.write_to_path(str(right_pem))
    wrong.cert_pem.write_to_path(str(wrong_pem))
    for name in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.setenv(name, str(wrong_pem))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    context = TLSConfig(ca_cert=str(right_pem)).ssl_context()
    subjects = [dict(x[0] for x in c["subject"]) for c in context.get_ca_certs()]
    assert len(subjects) == 1, subjects  # only the given CA, nothing from the environment


# --- secrets -------------------------------------------------------------------------------------


def test_passwords_never_show_in_repr_or_errors() -> None:
    auth = AuthConfig(username="me", password="s3cret-pw", serveraddress="reg.example:5000")
    assert "s3cret-pw" not in repr(auth) and "s3cret-pw" not in str(auth)
    daemon = Daemon(answer=_error(401, "unauthorized: authentication required"))
    with daemon.client() as client, pytest.raises(APIError) as info:
        client.pull("reg.example:5000/app", tag="1", auth_config={"username": "me", "password": "s3cret-pw"})
    assert "s3cret-pw" not in str(info.value) and "s3cret-pw" not in repr(info.value)
    header = daemon.requests[-1].headers["X-Registry-Auth"]  # the password travels only in the header
    import base64
    assert json.loads(base64.urlsafe_b64decode(header))["password"] == "s3cret-pw"


# --- stream shaping ------------------------------------------------------------------------------

_documents = st.lists(
    st.dictionaries(
        st.text(min_size=1, max_size=8),
        st.one_of(st.integers(), st.text(max_size=20), st.booleans(), st.none(),
                  st.lists(st.integers(), max_size=3)),
        max_size=4,
    ),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(documents=_documents, separator=st.sampled_from(["", "\n", "\r\n"]), data=st.data())
def test_json_documents_split_anywhere_across_chunks(documents: list[dict[str, Any]], separator: str,
                                                      data: st.DataObject) -> None:
    wire = "".join(json.dumps(d) + separator for d in documents).encode()
    cuts = sorted(data.draw(st.lists(st.integers(0, len(wire)), max_size=12)))
    chunks = [wire[a:b] for a, b in zip([0, *cuts], [*cuts, len(wire)])]

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(b"") if not chunks else _Chunks(chunks))

    daemon = Daemon(answer=answer)
    with daemon.client() as client:
        with client.events(decode=True) as events:
            assert list(events) == documents
        with client.events(decode=False) as events:
            assert [json.loads(text) for text in events] == documents


class _Chunks(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Any:
        yield from self._chunks
