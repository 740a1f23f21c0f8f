"""`python -m codegen fidelity`: every gate cross-checked against sources other than the swagger diff."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
import yaml
from dockerapi import Client, InvalidVersion

from codegen.importer import fidelity, write

ROOT = Path(__file__).resolve().parents[2]
IMPORTED = ROOT / "spec" / "imported"


def test_the_committed_report_checked_the_committed_catalog() -> None:
    text = (IMPORTED / fidelity.REPORT).read_text()
    digest = re.search(r"digest `([0-9a-f]+)`", text)
    assert digest, text[:300]
    assert digest.group(1) == fidelity.imported_digest(str(IMPORTED)), (
        "spec/imported changed since spec/imported/gate-fidelity.md was written: "
        "run `python -m codegen fidelity ../shared/moby-api`")


def test_docker_py_facts_are_read_from_its_version_checks() -> None:
    pytest.importorskip("docker")
    facts, version = fidelity.docker_py_facts()
    assert version == "7.2.0"
    init = [f for f in facts if f["cls"] == "HostConfig" and "Init" in f["keys"]]
    assert [f["version"] for f in init] == ["1.25"]  # HostConfig refuses init below 1.25
    prune = [f for f in facts if f["func"] == "prune_containers" and f["kind"] == "method"]
    assert [f["version"] for f in prune] == ["1.25"]


def _catalog(tmp_path: Path, since: str) -> Path:
    imported = tmp_path / "imported"
    (imported / "operations").mkdir(parents=True)
    ops = {"operations": {"ContainerCreate": {
        "verb": "POST", "path": "/containers/create", "since": "1.24", "gate_source": "markdown",
        "body": {"model": "ContainerCreateRequest"},
        "params": [{"wire": "HostConfig", "in": "body-field", "type": "HostConfig", "since": "1.24"}]}}}
    models = {"models": {
        "ContainerCreateRequest": {"fields": [{"wire": "HostConfig", "type": "HostConfig", "since": "1.24"}]},
        "HostConfig": {"fields": [{"wire": "Init", "type": "bool", "since": since, "gate_source": "diff"},
                                  {"wire": "Name", "type": "str", "since": since, "gate_source": "diff"}]}}}
    (imported / "operations" / "container.yaml").write_text(yaml.safe_dump(ops))
    (imported / "models.yaml").write_text(yaml.safe_dump(models))
    return imported


def test_the_changelog_dates_a_dotted_field_and_ignores_a_generic_name(tmp_path: Path) -> None:
    folder = tmp_path / "swagger"
    folder.mkdir()
    (folder / "CHANGELOG.md").write_text(
        "## v1.25 API changes\n\n* `POST /containers/create` now takes `HostConfig.Init` field to run an init.\n"
        "* `POST /containers/create` now accepts a `Name` in every body.\n")
    ops, models, gates = fidelity.load_gates(str(_catalog(tmp_path, "1.37")))
    result = fidelity.Result()
    fidelity.check_changelog(str(folder), ops, models, gates, result)
    assert [(c.gate.label, c.since) for c in result.claims] == [("field HostConfig.Init", "1.25")]
    assert 'CHANGELOG.md "## v1.25 API changes" [' in result.claims[0].cite
    result = fidelity.Result()
    ops, models, gates = fidelity.load_gates(str(_catalog(tmp_path / "agree", "1.25")))
    fidelity.check_changelog(str(folder), ops, models, gates, result)
    assert (result.checked["changelog"], result.agree["changelog"], result.claims) == (1, 1, [])


def test_an_import_keeps_the_fidelity_report_and_check_ignores_it(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write.write_tree(str(out), {"models.yaml": "a\n", "operations/x.yaml": "b\n"})
    (out / fidelity.REPORT).write_text("report\n")
    write.write_tree(str(out), {"models.yaml": "c\n", "operations/x.yaml": "b\n"})
    assert (out / fidelity.REPORT).read_text() == "report\n"
    assert write.read_tree(str(out)) == {"models.yaml": "c\n", "operations/x.yaml": "b\n"}


def _pinned(version: str) -> tuple[Client, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def daemon(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201 if request.url.path.endswith("/create") else 200, json={"Id": "abc", "Warnings": []})

    return Client("http://daemon", version=version, transport=httpx.MockTransport(daemon)), sent


def test_host_config_init_is_accepted_from_1_25_as_the_changelog_says() -> None:
    client, sent = _pinned("1.25")  # the swagger documents Init only from 1.37
    client.create_container("busybox", host_config=client.create_host_config(init=True))
    assert json.loads(sent[-1].content)["HostConfig"]["Init"] is True
    client, sent = _pinned("1.24")
    with pytest.raises(InvalidVersion, match=r"Init"):
        client.create_container("busybox", host_config={"Init": True})
    assert sent == []


def test_update_takes_pids_limit_only_from_1_40() -> None:
    client, sent = _pinned("1.39")  # create accepted PidsLimit long before update did
    with pytest.raises(InvalidVersion, match=r"pids_limit.*1\.40"):
        client.update_container("abc", pids_limit=10)
    assert sent == []
    client, sent = _pinned("1.40")
    client.update_container("abc", pids_limit=10)
    assert json.loads(sent[-1].content)["PidsLimit"] == 10
