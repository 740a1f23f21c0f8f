"""Models follow Docker's open schema and read like the classic API's dicts."""

from __future__ import annotations

import json

from dockerapi import models


def test_unknown_fields_are_kept_and_round_trip() -> None:
    document = {"Id": "abc", "Names": ["/x"], "FutureField": {"nested": [1, 2]}, "State": "running"}
    summary = models.ContainerSummary.model_validate(document)
    assert summary.id == "abc"
    assert summary["FutureField"] == {"nested": [1, 2]}
    assert dict(summary) == document
    assert summary.to_wire() == document


def test_unknown_enum_values_and_nulls_are_accepted() -> None:
    state = models.ContainerState.model_validate({"Status": "stopping", "Running": None, "Pid": None})
    assert state.status == "stopping"  # Podman sends states the spec does not list
    assert state["Running"] is None
    assert state.to_wire() == {"Status": "stopping", "Running": None, "Pid": None}


def test_null_map_values_and_required_fields_sent_as_null() -> None:
    document = {"Id": "sha256:1", "RepoTags": None, "RepoDigests": None, "Created": 1, "Size": 0,
                "SharedSize": -1, "Labels": None, "Containers": -1, "ParentId": ""}
    image = models.ImageSummary.model_validate(document)
    assert image.repo_tags is None
    assert image.to_wire() == document
    settings = models.NetworkSettings.model_validate({"Ports": {"80/tcp": None, "81/tcp": [{"HostIp": "", "HostPort": "1"}]}})
    assert settings["Ports"] == {"80/tcp": None, "81/tcp": [{"HostIp": "", "HostPort": "1"}]}


def test_ids_are_not_checked_against_patterns_and_timestamps_keep_nanoseconds() -> None:
    created = "2026-11-27T09:46:38.123456789Z"
    info = models.ContainerInspectResponse.model_validate({"Id": "not-a-hex-id", "Created": created})
    assert info.id == "not-a-hex-id"
    assert info.created == created
    assert info["Created"] == created


def test_dict_view_by_wire_name() -> None:
    response = models.ContainerCreateResponse.model_validate_json(b'{"Id": "abc", "Warnings": null}')
    assert response["Id"] == "abc"
    assert response.get("Warnings") is None
    assert response.get("Missing", 7) == 7
    assert "Id" in response and "Missing" not in response
    assert list(response) == ["Id", "Warnings"]
    assert response == {"Id": "abc", "Warnings": None}
    assert json.loads(str(response).replace("'", '"').replace("None", "null")) == {"Id": "abc", "Warnings": None}


def test_nested_models_read_as_plain_json_by_wire_name() -> None:
    info = models.ContainerInspectResponse.model_validate({"State": {"Status": "exited", "ExitCode": 3}})
    assert info.state is not None and info.state.exit_code == 3  # typed
    assert info["State"] == {"Status": "exited", "ExitCode": 3}  # classic
    assert isinstance(info["State"], dict)


def test_construction_by_attribute_or_wire_name() -> None:
    by_attr = models.RestartPolicy(name="on-failure", maximum_retry_count=3)
    by_wire = models.RestartPolicy.model_validate({"Name": "on-failure", "MaximumRetryCount": 3})
    assert by_attr.to_wire() == by_wire.to_wire() == {"Name": "on-failure", "MaximumRetryCount": 3}


def test_request_models_send_only_what_was_set() -> None:
    config = models.HostConfig(memory=1024)
    assert config.to_wire() == {"Memory": 1024}
