"""The IDE trial's programs (tests/ide_trial/, docs/ide-trial.md), run against the real servers.

Each program was written from completions, hover text and the reference alone; these tests keep them
working and check what their writer would check. Each program removes what it creates; the tests check
that too.
"""

from __future__ import annotations

from typing import Any

import pytest
from dockerapi import Client
from ide_trial import (
    build_dockerignore,
    copy_in_out,
    create_service,
    exec_exit_code,
    push_pull,
    run_and_read,
    stream_logs,
    watch_events,
)


def containers_named(base_url: str, prefix: str) -> list[str]:
    with Client(base_url) as client:
        return [name for c in client.containers(all=True, filters={"name": prefix}) for name in c.names or []]


def test_run_a_container_and_read_its_output(docker20: dict[str, Any]) -> None:
    typed, classic = run_and_read.main(docker20["base_url"])
    assert typed.exit_code == 2
    assert typed.stdout == b"hello from dockerapi\n"
    assert typed.stderr == b"oops\n"
    # both writes, in whichever order the two pipes were read
    assert sorted(typed.output.splitlines()) == [b"hello from dockerapi", b"oops"]
    assert typed.status == "exited"
    assert (classic.exit_code, classic.output, classic.status) == (0, b"classic hello\n", "exited")
    assert containers_named(docker20["base_url"], "ide-run-") == []


def test_stream_logs_while_the_container_writes(docker20: dict[str, Any]) -> None:
    out, err, async_output = stream_logs.main(docker20["base_url"])
    assert b"".join(out) == b"".join(b"line %d\n" % i for i in range(1, 6))
    assert len(out) >= 5  # one chunk per write, not one block at the end
    assert err == [b"done\n"]
    assert async_output.startswith(b"line 1\nline 2\n") and async_output.endswith(b"done\n")
    assert containers_named(docker20["base_url"], "ide-logs-") == []


def test_exec_with_an_exit_code(docker20: dict[str, Any]) -> None:
    (stdout, stderr, exit_code), (classic_output, classic_exit_code) = exec_exit_code.main(docker20["base_url"])
    assert (stdout, stderr, exit_code) == (b"working in /tmp\n", b"bad\n", 3)
    assert (classic_output, classic_exit_code) == (b"", 1)
    assert containers_named(docker20["base_url"], "ide-exec-") == []


def test_push_and_pull_with_credentials(docker20: dict[str, Any], registry: dict[str, Any]) -> None:
    args = (docker20["base_url"], registry["address"], registry["username"], registry["password"])
    (source_id, pulled_id, status), (classic_source_id, classic_pulled_id) = push_pull.main(*args)
    assert status == "Login Succeeded"
    assert source_id.startswith("sha256:") and pulled_id == source_id
    assert classic_source_id.startswith("sha256:") and classic_pulled_id == classic_source_id
    with Client(docker20["base_url"]) as client:
        assert not [t for i in client.images() for t in i.repo_tags or [] if "/ide-trial/" in t]


def test_wrong_password_is_refused(docker20: dict[str, Any], registry: dict[str, Any]) -> None:
    import dockerapi

    with pytest.raises(dockerapi.APIError) as refused:
        push_pull.push_with_login(docker20["base_url"], registry["address"], registry["username"], "wrong")
    assert refused.value.status_code in (401, 500)
    assert "wrong" not in str(refused.value)


def test_build_with_a_dockerignore(docker20: dict[str, Any]) -> None:
    built_id, image_id, files = build_dockerignore.main(docker20["base_url"])
    assert built_id.startswith("sha256:") and image_id == built_id
    assert files == [".dockerignore", "Dockerfile", "app.txt"]  # secret.env and cache/ stayed out
    with Client(docker20["base_url"]) as client:
        assert not [t for i in client.images() for t in i.repo_tags or [] if t.startswith("ide-trial-build-")]
    assert containers_named(docker20["base_url"], "ide-build-") == []


def test_copy_files_in_and_out(docker20: dict[str, Any]) -> None:
    content, (copied_out, seen_inside, stat), classic_copied_out = copy_in_out.main(docker20["base_url"])
    assert copied_out == content and seen_inside == content and classic_copied_out == content
    assert stat is not None and (stat["name"], stat["size"]) == ("note.txt", len(content))
    assert containers_named(docker20["base_url"], "ide-copy-") == []


def test_watch_events(docker20: dict[str, Any]) -> None:
    (name, live), (replay_name, actions) = watch_events.main(docker20["base_url"])
    assert [e["Action"] for e in live] == ["create", "start", "die"]
    assert {e["Actor"]["Attributes"]["name"] for e in live} == {name}
    assert live[-1]["Actor"]["Attributes"]["exitCode"] == "0"
    assert actions == ["create", "start", "die", "destroy"], replay_name
    assert containers_named(docker20["base_url"], "ide-events-") == []


def test_create_a_service(swarm_manager: dict[str, Any]) -> None:
    (spec, states), classic_spec = create_service.main(swarm_manager["base_url"])
    assert spec is not None and spec.name is not None and spec.name.startswith("ide-svc-")
    assert spec.labels == {"ide-trial": "yes"}
    container_spec = spec.task_template.container_spec if spec.task_template else None
    assert container_spec is not None
    assert (container_spec.image, container_spec.command, container_spec.env) == (
        "busybox:latest", ["sleep", "300"], ["ROLE=trial"])
    assert spec.mode is not None and spec.mode.replicated is not None and spec.mode.replicated.replicas == 1
    assert "running" in states
    assert classic_spec["TaskTemplate"]["ContainerSpec"]["Image"] == "busybox:latest"
    assert classic_spec["Mode"] == {"Replicated": {"Replicas": 1}}
    with Client(swarm_manager["base_url"]) as client:
        assert client.services(filters={"name": "ide-svc-"}) == []
