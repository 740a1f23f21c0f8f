"""Models follow Docker's open schema and read like the classic API's dicts."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import ItemsView, KeysView, Mapping, MutableMapping, ValuesView
from types import MappingProxyType

import pytest
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


# --- models are read-only Mappings of the wire JSON -----------------------------------------------

INSPECT = {"Id": "abc", "State": {"Status": "exited", "ExitCode": 3, "Pid": None}, "Name": "/web",
           "FutureField": [1, {"a": None}]}


def test_models_are_registered_read_only_mappings() -> None:
    info = models.ContainerInspectResponse.model_validate(INSPECT)
    assert isinstance(info, Mapping) and issubclass(models.ContainerSummary, Mapping)
    assert not isinstance(info, MutableMapping) and not isinstance(info, dict)
    with pytest.raises(TypeError):
        info["Id"] = "other"
    with pytest.raises(TypeError):
        hash(info)
    with pytest.raises(TypeError):
        reversed(info)  # neither does the Mapping ABC


def test_mapping_api_gives_what_a_dict_of_the_same_json_gives() -> None:
    info = models.ContainerInspectResponse.model_validate(INSPECT)
    document = dict(INSPECT)
    # the catalog's fields in declaration order (as to_wire() and model_dump give them), then the unknown one
    assert list(info) == list(info.keys()) == list(info.to_wire()) == ["Id", "State", "Name", "FutureField"]
    assert isinstance(info.keys(), KeysView) and info.keys() == document.keys()
    assert isinstance(info.items(), ItemsView) and info.items() == document.items()
    assert isinstance(info.values(), ValuesView) and list(info.values()) == [document[key] for key in info]
    assert info.keys() & {"Id", "Nope"} == {"Id"}  # views support set operations, as dict views do
    assert ("Name", "/web") in info.items() and ("Name", "/db") not in info.items()
    assert len(info) == len(document) == 4
    for key in ("Id", "State", "FutureField", "Missing", "id", 3, None):
        assert (key in info) == (key in document), key
        assert info.get(key) == document.get(key), key
        assert info.get(key, "default") == document.get(key, "default"), key
    with pytest.raises(KeyError):
        info["Missing"]
    with pytest.raises(KeyError):
        info["id"]  # attribute names are not keys: the mapping speaks wire names only
    assert json.loads(json.dumps(dict(info))) == INSPECT


def test_a_field_set_to_null_is_a_key_an_unset_field_is_not() -> None:
    state = models.ContainerState.model_validate({"Status": "exited", "Pid": None})
    assert "Pid" in state and state["Pid"] is None and "Running" not in state
    assert dict(state) == {"Status": "exited", "Pid": None} and len(state) == 2
    assert dict(models.HostConfig()) == {} and len(models.HostConfig()) == 0


def test_mapping_equality() -> None:
    info = models.ContainerInspectResponse.model_validate(INSPECT)
    assert info == INSPECT and INSPECT == info
    assert info == MappingProxyType(dict(INSPECT))
    assert info != {**INSPECT, "Name": "/db"} and info != {"Id": "abc"}
    assert info != [("Id", "abc")] and info != "abc"
    # two models: pydantic's equality (same class and values), whatever their JSON
    assert info == models.ContainerInspectResponse.model_validate(INSPECT)
    assert info != models.ContainerInspectResponse.model_validate({**INSPECT, "Name": "/db"})
    summary = models.ContainerSummary.model_validate({"Id": "abc"})
    assert dict(summary) == {"Id": "abc"} and summary != models.ContainerCreateResponse.model_validate({"Id": "abc"})


def test_pydantic_still_works_on_mapping_models() -> None:
    info = models.ContainerInspectResponse.model_validate(INSPECT)
    assert info.model_dump(exclude_unset=True) == {
        "id": "abc", "name": "/web", "state": {"status": "exited", "exit_code": 3, "pid": None},
        "FutureField": [1, {"a": None}],
    }
    assert json.loads(info.model_dump_json(by_alias=True, exclude_unset=True)) == INSPECT
    renamed = info.model_copy(update={"name": "/db"})
    assert renamed.name == "/db" and renamed["Name"] == "/db" and info["Name"] == "/web"
    for clone in (pickle.loads(pickle.dumps(info)), copy.deepcopy(info), copy.copy(info)):
        assert type(clone) is type(info) and clone == info and dict(clone) == INSPECT
    assert models.ContainerInspectResponse.model_validate(info) is info
    assert repr(info).startswith("ContainerInspectResponse(id='abc'")


def test_a_model_is_accepted_where_a_mapping_is_expected() -> None:
    from dockerapi._convert import resource_id

    assert resource_id(models.ContainerCreateResponse.model_validate({"Id": "abc", "Warnings": []})) == "abc"
    assert resource_id(models.Node.model_validate({"ID": "node1"})) == "node1"
    # a nested model given as another model's field is validated from its wire keys
    config = models.HostConfig.model_validate({"RestartPolicy": models.RestartPolicy(name="always")})
    assert config.to_wire() == {"RestartPolicy": {"Name": "always"}}


def test_a_credential_model_keeps_the_password_out_of_its_repr() -> None:
    from dockerapi.models import AuthConfig

    auth = AuthConfig(username="ci", password="hunter2-secret", serveraddress="registry.example")
    assert "hunter2-secret" not in repr(auth) and "ci" in repr(auth)
    assert auth["password"] == "hunter2-secret"  # still there to be sent


def test_nested_values_read_through_the_mapping_view_refuse_mutation() -> None:
    # issue 26 item 3: info["Config"]["Labels"]["x"] = "y" was accepted and lost (each read builds a fresh dict)
    info = models.ContainerInspectResponse.model_validate(
        {"Id": "c1", "Config": {"Labels": {"a": "b"}, "Env": ["A=1"], "Healthcheck": {"Test": ["CMD", "true"]}},
         "Future": {"Items": [{"K": 1}]}})
    config = info["Config"]
    attempts = [
        lambda: config["Labels"].__setitem__("x", "y"),
        lambda: config.update(Hostname="h"),
        lambda: config.pop("Env"),
        lambda: config.setdefault("User", "root"),
        lambda: config["Env"].append("B=2"),
        lambda: config["Env"].__setitem__(0, "B=2"),
        lambda: config["Healthcheck"]["Test"].extend(["x"]),
        lambda: info["Future"]["Items"][0].__setitem__("K", 2),  # a field the catalog does not know
        lambda: next(iter(info.values())) and dict(info)["Config"]["Labels"].clear(),
    ]
    for attempt in attempts:
        with pytest.raises(TypeError, match="read-only.*to_wire"):
            attempt()
    assert info["Config"]["Labels"] == {"a": "b"} and info["Config"]["Env"] == ["A=1"]
    # still the daemon's JSON to everything that reads it
    assert isinstance(config, dict) and isinstance(config["Env"], list)
    assert json.loads(json.dumps(config)) == config == info.to_wire()["Config"]
    # copies are the caller's to change: to_wire(), copy, deepcopy, pickle
    mutable = info.to_wire()
    mutable["Config"]["Labels"]["x"] = "y"
    for copied in (copy.deepcopy(config), pickle.loads(pickle.dumps(config))):
        copied["Labels"]["x"] = "y"
        copied["Env"].append("B=2")
    shallow = copy.copy(config)
    shallow["User"] = "root"
    assert info["Config"]["Labels"] == {"a": "b"}  # none of it reached the model


def test_no_way_of_turning_a_model_into_text_shows_a_credential() -> None:
    # issue 26 item 5: repr() hid the password, str()/f-strings/%s/logging printed it
    import logging

    auth = models.AuthConfig(username="ci", password="hunter2-secret", serveraddress="registry.example",
                             identitytoken="tok-secret", registrytoken="reg-secret")
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "auth %s", (auth,), None)
    percent = "%s" % auth  # noqa: UP031 - the old-style formatting a log line uses is what is checked
    texts = [repr(auth), str(auth), f"{auth}", f"{auth!s}", f"{auth:>200}", percent, format(auth),
             record.getMessage(), str([auth]), repr({"auth": auth})]
    for text in texts:
        assert "secret" not in text, text
        assert "ci" in text and "registry.example" in text
    assert "'password': '***'" in str(auth)
    # the daemon still gets them
    assert auth.to_wire()["password"] == dict(auth)["password"] == auth["password"] == "hunter2-secret"
    assert auth.to_wire()["identitytoken"] == "tok-secret"
    # a credential inside another model, or an unknown key named like one, is masked too
    from dockerapi._model_base import DockerModel

    class Holder(DockerModel):
        pass

    holder = Holder.model_validate({"Auth": auth, "Password": "extra-secret"})
    assert "secret" not in str(holder) and "secret" not in f"{holder}"


def test_the_classic_face_still_returns_plain_mutable_dicts() -> None:
    import httpx
    from dockerapi import Client, classic

    document = {"Id": "c1", "Config": {"Labels": {"a": "b"}, "Env": ["A=1"]}}

    def daemon(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=document, headers={"Api-Version": "1.41"})

    with classic.Client("unix:///nonexistent.sock", version="1.41", transport=httpx.MockTransport(daemon)) as plain:
        info = plain.inspect_container("c1")
        assert type(info) is dict and type(info["Config"]["Labels"]) is dict and type(info["Config"]["Env"]) is list
        info["Config"]["Labels"]["x"] = "y"
        info["Config"]["Env"].append("B=2")
        assert info["Config"] == {"Labels": {"a": "b", "x": "y"}, "Env": ["A=1", "B=2"]}
    with Client("unix:///nonexistent.sock", version="1.41", transport=httpx.MockTransport(daemon)) as typed:
        with pytest.raises(TypeError, match="read-only"):
            typed.inspect_container("c1")["Config"]["Labels"]["x"] = "y"
