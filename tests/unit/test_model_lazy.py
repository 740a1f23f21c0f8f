"""Classes made on first use, nested models made when first read: the same results, errors and types as if
every model were made and validated at once (issue 25)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
from dockerapi import _model_classes, models
from dockerapi._model_lazy import stand_in
from pydantic import ValidationError

GENERATED = Path(__file__).resolve().parents[2] / "generated"

INSPECT = {
    "Id": "a" * 64, "Name": "/web", "RestartCount": 0, "FutureField": {"x": [1]},
    "State": {"Status": "running", "Running": True, "Pid": 42, "Health": {"Status": "healthy", "Log": [
        {"Start": "2026-12-07T02:00:00Z", "ExitCode": 0, "Output": "ok"}]}},
    "HostConfig": {"Memory": 0, "RestartPolicy": {"Name": "always", "MaximumRetryCount": 0},
                   "PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}], "81/tcp": None}},
    "Mounts": [{"Type": "volume", "Name": "data", "Destination": "/data", "RW": True}],
    "NetworkSettings": {"Networks": {"bridge": {"IPAddress": "172.17.0.2", "IPAMConfig": None}}},
}


def _fresh(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(GENERATED)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_result_makes_its_own_class_and_the_nested_ones_it_reads() -> None:
    made = _fresh(
        "import json\n"
        "from dockerapi import models\n"
        "def made(): return sorted(n for n, v in vars(models).items() if isinstance(v, type) and n != 'Any')\n"
        "before = made()\n"
        f"info = models.ContainerInspectResponse.model_validate_json({json.dumps(json.dumps(INSPECT))})\n"
        "after_validate = made()\n"
        "status = info.state.status\n"
        "print(json.dumps([before, after_validate, made(), status]))\n")
    before, after_validate, after_read, status = json.loads(made)
    assert before == []
    assert after_validate == ["ContainerInspectResponse"]
    assert after_read == ["ContainerInspectResponse", "ContainerState"]
    assert status == "running"


def test_every_name_of_models_is_there_for_imports_and_dir() -> None:
    for name in models.__all__:
        assert isinstance(getattr(models, name), type), name
    assert set(models.__all__) <= set(dir(models))
    assert models.PortMap == dict[str, list[models.PortBinding] | None]  # a named type, spelled with classes
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018


def test_nested_values_are_the_models_the_annotations_name() -> None:
    info = models.ContainerInspectResponse.model_validate_json(json.dumps(INSPECT))
    assert isinstance(info.state, models.ContainerState)
    assert isinstance(info.state.health, models.Health)
    assert isinstance(info.state.health.log[0], models.HealthcheckResult)
    assert info.state.health.log[0].exit_code == 0
    assert isinstance(info.host_config, models.HostConfig)
    assert isinstance(info.host_config.restart_policy, models.RestartPolicy)
    bindings = info.host_config.port_bindings
    assert bindings is not None and bindings["81/tcp"] is None
    assert isinstance(bindings["80/tcp"][0], models.PortBinding)
    assert isinstance(info.mounts[0], models.MountPoint)
    assert isinstance(info.network_settings.networks["bridge"], models.EndpointSettings)
    assert info.state is info.state  # made once
    assert info["State"]["Pid"] == 42
    assert info.to_wire() == INSPECT


def test_dumps_compare_and_repr_do_not_depend_on_what_was_read() -> None:
    unread = models.ContainerInspectResponse.model_validate_json(json.dumps(INSPECT))
    read = models.ContainerInspectResponse.model_validate_json(json.dumps(INSPECT))
    _ = read.state.health, read.host_config.port_bindings, read.mounts, read.network_settings.networks
    for kwargs in ({}, {"by_alias": True}, {"exclude_unset": True}, {"mode": "json", "exclude_none": True}):
        fresh = models.ContainerInspectResponse.model_validate_json(json.dumps(INSPECT))
        assert fresh.model_dump(**kwargs) == read.model_dump(**kwargs)
    assert unread.model_dump()["state"]["health"]["log"][0]["exit_code"] == 0
    assert json.loads(unread.model_dump_json(by_alias=True, exclude_unset=True)) == INSPECT
    assert models.ContainerInspectResponse.model_validate_json(json.dumps(INSPECT)) == read
    assert repr(models.ContainerInspectResponse.model_validate_json(json.dumps(INSPECT))) == repr(read)
    assert "state=ContainerState(status='running'" in repr(read)


@pytest.mark.parametrize(("document", "loc", "kind"), [
    ({"State": 5}, ("State",), "model_type"),
    ({"State": {"Pid": "x"}}, ("State", "Pid"), "int_parsing"),
    ({"State": {"Health": {"Log": [{"ExitCode": "no"}]}}}, ("State", "Health", "Log", 0, "ExitCode"), "int_parsing"),
    ({"HostConfig": {"PortBindings": {"80/tcp": [{"HostPort": 5}]}}}, ("HostConfig", "PortBindings", "80/tcp", 0,
                                                                      "HostPort"), "string_type"),
    ({"Mounts": {}}, ("Mounts",), "list_type"),
    ({"NetworkSettings": {"Networks": {"a": {"IPAMConfig": 1}}}}, ("NetworkSettings", "Networks", "a", "IPAMConfig"),
     "model_type"),
])
@pytest.mark.parametrize("validation", ["model", "result"])
def test_a_malformed_nested_answer_fails_at_validation_where_it_is_wrong(document: dict[str, Any],
                                                                          loc: tuple[Any, ...], kind: str,
                                                                          validation: str) -> None:
    # what a model validated all at once reports: the wire names of the path, pydantic's error type, whether the
    # class validates it or a typed result's validator does (whose nested check is cheaper until it fails)
    from dockerapi._model_lookup import result_validator

    validate = (models.ContainerInspectResponse.model_validate_json if validation == "model"
                else result_validator("ContainerInspectResponse").validate_json)
    with pytest.raises(ValidationError) as caught:
        validate(json.dumps(document))
    (error,) = caught.value.errors()
    assert (error["loc"], error["type"]) == (loc, kind)
    assert caught.value.title == "ContainerInspectResponse"
    if kind == "model_type":
        assert error["ctx"]["class_name"] in ("ContainerState", "EndpointIPAMConfig")


def test_a_results_nested_value_is_what_the_model_makes_of_a_key_sent_under_both_names() -> None:
    # "Pid" is the field; "pid" (its attribute name, which sets it when alone) is then kept as an extra key or
    # dropped, as the installed pydantic-core's check of the model does; an unknown key is kept and counted as set
    from dockerapi._model_lookup import result_validator

    document = {"State": {"Pid": 1, "pid": 2, "Status": "running", "New": [1]}, "HostConfig": {"memory": 5}}
    result = result_validator("ContainerInspectResponse").validate_json(json.dumps(document))
    own = models.ContainerState.model_validate_json(json.dumps(document["State"]))
    assert result.state.pid == 1 and own.pid == 1
    assert result.state.model_extra == own.model_extra and own.model_extra in ({"New": [1]}, {"pid": 2, "New": [1]})
    assert result.state.model_fields_set == own.model_fields_set
    assert result.host_config.memory == 5 and result.host_config.model_extra == {}
    assert result == models.ContainerInspectResponse.model_validate_json(json.dumps(document))


def test_a_result_checks_nested_json_the_cheaper_way_even_after_pydantic_validated_its_model() -> None:
    # pydantic-core would build a schema naming a class pydantic has validated with from that class's own validator
    from dockerapi._model_lazy import CHECKED
    from dockerapi._model_lookup import ResultValidator

    cls = models.ContainerInspectResponse
    assert cls.model_validate_json(json.dumps(INSPECT)).state.pid == 42
    assert cls.__pydantic_complete__
    result = ResultValidator("ContainerInspectResponse", as_list=False).validate_json(json.dumps(INSPECT))
    kept = result.__dict__["state"]  # the nested JSON as checked, before it is read
    assert type(kept) is dict and kept["Pid"] == 42 and CHECKED in kept
    assert cls.__pydantic_complete__  # as it was
    assert cls(State={"Pid": 5}).state.pid == 5 and result.state.pid == 42
    assert result == cls.model_validate_json(json.dumps(INSPECT))


def test_a_plain_dict_put_in_a_model_field_without_validation_stays_as_it_was_put() -> None:
    # only JSON the result's check made is turned into a model on reading; model_construct() validates nothing
    built = models.ContainerInspectResponse.model_construct(state={"Status": "running"})
    assert built.state == {"Status": "running"} and type(built.state) is dict
    copied = models.ContainerInspectResponse.model_validate_json(json.dumps(INSPECT)).model_copy(
        update={"host_config": {"Memory": 1}})
    assert copied.host_config == {"Memory": 1}
    assert isinstance(copied.state, models.ContainerState)


def test_python_input_keeps_instances_and_checks_dicts() -> None:
    policy = models.RestartPolicy(Name="always")
    host = models.HostConfig(RestartPolicy=policy, Memory=5)
    assert host.restart_policy is policy
    from_dict = models.HostConfig.model_validate({"RestartPolicy": {"Name": "no"}, "Binds": ["/a:/b"]})
    assert isinstance(from_dict.restart_policy, models.RestartPolicy) and from_dict.restart_policy.name == "no"
    assert models.HostConfig.model_validate({"restart_policy": {"name": "on-failure"}}).restart_policy.name == \
        "on-failure"
    with pytest.raises(ValidationError) as caught:
        models.HostConfig(RestartPolicy={"MaximumRetryCount": "many"})
    assert caught.value.errors()[0]["loc"] == ("RestartPolicy", "MaximumRetryCount")
    request = models.ContainerCreateRequest.model_validate({"Image": "busybox", "HostConfig": host})
    assert request.to_wire() == {"Image": "busybox", "HostConfig": {"RestartPolicy": {"Name": "always"}, "Memory": 5}}


def test_a_subclass_of_a_model_keeps_its_nested_fields() -> None:
    class Labelled(models.HostConfig):
        note: str | None = None

    value = Labelled(RestartPolicy={"Name": "always"}, note="x")
    assert isinstance(value.restart_policy, models.RestartPolicy)
    assert value.to_wire() == {"RestartPolicy": {"Name": "always"}, "note": "x"}


def test_every_class_is_made_and_built_and_its_shapes_follow_its_annotations() -> None:
    for name, fields in _model_classes.SHAPES.items():
        cls = getattr(models, name)
        cls.model_rebuild()
        assert [attr for attr, _, _ in fields] == list(cls.model_fields), name
        for attr, _wire, shape in fields:
            assert _stand_ins_in(cls.model_fields[attr].annotation) == _models_in(shape), (name, attr)
        assert cls.model_validate({}).to_wire() == {}


def _stand_ins_in(annotation: Any) -> set[str]:
    is_stand_in = isinstance(annotation, type) and annotation.__module__ == "dockerapi._model_lazy"
    found = {annotation.__name__} if is_stand_in and annotation is stand_in(annotation.__name__) else set()
    return found.union(*(_stand_ins_in(arg) for arg in typing.get_args(annotation)))


def _models_in(shape: Any) -> set[str]:
    if isinstance(shape, str) or shape[0] == "e":
        return set()
    if shape[0] == "m":
        return {shape[1]}
    return set().union(*(_models_in(member) for member in shape[1:]))


def test_the_collector_is_paused_only_while_a_class_is_made() -> None:
    states = _fresh(
        "import gc, json\n"
        "from dockerapi import models\n"
        "from dockerapi._model_lookup import result_validator\n"
        "models.ContainerState\n"
        "result_validator('ContainerSummary')\n"
        "running = gc.isenabled()\n"
        "gc.disable()\n"
        "models.HostConfig\n"
        "print(json.dumps([running, gc.isenabled()]))\n")
    assert json.loads(states) == [True, False]  # back on after; left off when the program had turned it off


def test_the_stub_checkers_read_and_the_classes_made_at_run_time_have_the_same_fields() -> None:
    # models.pyi (type checkers, editors, docs) and _model_defs/ (run time) come from one template macro;
    # this keeps them from drifting should either be edited: same classes, fields, aliases and annotations
    import ast

    def fields(cls: ast.ClassDef) -> list[tuple[str, str, str]]:
        return [(st.target.id, ast.literal_eval(next(k.value for k in st.value.keywords if k.arg == "alias")),
                 ast.unparse(st.annotation))
                for st in cls.body if isinstance(st, ast.AnnAssign) and isinstance(st.value, ast.Call)
                and isinstance(st.target, ast.Name)]

    stub = ast.parse((GENERATED / "dockerapi" / "models.pyi").read_text())
    classes = {node.name: node for node in stub.body if isinstance(node, ast.ClassDef)}
    assert set(classes) == set(_model_classes.SHAPES)
    for name, node in classes.items():
        module = ast.parse((GENERATED / "dockerapi" / "_model_defs" / f"{name}.py").read_text())
        make = next(n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == "make")
        made = next(n for n in make.body if isinstance(n, ast.ClassDef))
        assert made.name == name and fields(made) == fields(node), name
        assert [(attr, alias) for attr, alias, _ in fields(node)] == [
            (attr, info.alias) for attr, info in getattr(models, name).model_fields.items()], name


def test_import_dockerapi_loads_no_model_definition_and_a_result_loads_only_its_own() -> None:
    loaded = _fresh(
        "import sys, dockerapi\n"
        "before = sorted(m for m in sys.modules if m.startswith('dockerapi._model_defs.'))\n"
        "light = sorted(m for m in ('signal', 'decimal', 'shlex', 'subprocess', 'tarfile', 'ssl', 'httpx',"
        " 'pydantic', 'dockerapi._streams', 'dockerapi._docker_client', 'dockerapi._objects') if m in sys.modules)\n"
        f"models = dockerapi.models\nvalue = models.ContainerInspectResponse.model_validate({INSPECT!r})\n"
        "print(before, light, sorted(m for m in sys.modules if m.startswith('dockerapi._model_defs.')))\n"
    )
    assert loaded == "[] [] ['dockerapi._model_defs.ContainerInspectResponse']"


def test_a_big_answer_is_parsed_with_the_collector_paused_and_it_runs_again_after() -> None:
    import gc

    from dockerapi._model_lookup import parse_kept, result_validator

    summaries = [{"Id": f"{n:064x}", "Names": [f"/c{n}"], "Labels": {"n": str(n)}, "State": "exited",
                  "NetworkSettings": {"Networks": {"bridge": {"IPAddress": ""}}}} for n in range(400)]
    big = json.dumps(summaries).encode()
    seen: list[bool] = []

    def parse(body: bytes) -> Any:
        seen.append(gc.isenabled())
        return result_validator("ContainerSummary", as_list=True).validate_json(body)

    assert gc.isenabled()
    parsed = parse_kept(parse, big)
    assert seen == [False] and gc.isenabled()  # paused during the parse only
    assert [c.names for c in parsed] == [[f"/c{n}"] for n in range(400)]
    assert parsed[7].network_settings.networks["bridge"].ip_address == ""
    parse_kept(parse, json.dumps(summaries[:2]).encode())  # a small answer: not worth pausing
    assert seen[-1] is True
    # a malformed answer still raises, and the collector runs again
    with pytest.raises(ValidationError):
        parse_kept(parse, big.replace(b'"State": "exited"', b'"State": 7', 1))
    assert gc.isenabled()
    # a program that runs without the collector keeps it off
    gc.disable()
    try:
        parse_kept(parse, big)
        assert not gc.isenabled()
    finally:
        gc.enable()


def _helpers_schema(shape: Any) -> Any:
    """A field shape's schema as pydantic_core.core_schema's helpers make it (what _model_lazy writes out)."""
    from pydantic_core import core_schema as cs

    if isinstance(shape, str):
        return {"str": cs.str_schema, "int": cs.int_schema, "float": cs.float_schema, "bool": cs.bool_schema,
                "any": cs.any_schema}[shape]()
    tag, rest = shape[0], shape[1:]
    if tag == "n":
        inner = _helpers_schema(rest[0])
        return inner if inner["type"] == "any" else cs.nullable_schema(inner)
    if tag == "m":
        fields = {attr: cs.model_field(cs.with_default_schema(_helpers_schema(field), default=None),
                                       validation_alias=wire, serialization_alias=wire)
                  for attr, wire, field in _model_classes.SHAPES[rest[0]]}
        checked = cs.model_fields_schema(fields, model_name=rest[0], extra_behavior="allow")
        return cs.json_or_python_schema(
            json_schema=checked, python_schema=cs.no_info_wrap_validator_function(print, checked),
            serialization=cs.wrap_serializer_function_ser_schema(print, schema=cs.any_schema()))
    if tag == "l":
        return cs.list_schema(_helpers_schema(rest[0]))
    if tag == "d":
        return cs.dict_schema(cs.str_schema(), _helpers_schema(rest[0]))
    if tag == "u":
        return cs.union_schema([_helpers_schema(member) for member in rest])
    assert tag == "e"
    return cs.union_schema([cs.literal_schema(list(rest[0])), cs.str_schema()])


def _functions_as_names(schema: Any) -> Any:
    if callable(schema):
        return "<function>"
    if isinstance(schema, dict):
        return {key: _functions_as_names(value) for key, value in schema.items()}
    if isinstance(schema, list):
        return [_functions_as_names(value) for value in schema]
    return schema


def _helpers_checked_schema(name: str) -> Any:
    """A result's cheaper check of nested model `name` as pydantic_core.core_schema's helpers make it (a model of
    more than TYPED_DICT_MAX_FIELDS fields: its own check)."""
    from dockerapi._model_lazy import CHECKED, TYPED_DICT_MAX_FIELDS
    from pydantic_core import core_schema as cs

    if len(_model_classes.SHAPES[name]) > TYPED_DICT_MAX_FIELDS:
        return _helpers_schema(("m", name))

    def field_schema(shape: Any) -> Any:
        if isinstance(shape, str) or shape[0] == "e":
            return _helpers_schema(shape)
        tag, rest = shape[0], shape[1:]
        if tag == "n":
            inner = field_schema(rest[0])
            return inner if inner["type"] == "any" else cs.nullable_schema(inner)
        if tag == "m":
            return _helpers_checked_schema(rest[0])
        if tag == "l":
            return cs.list_schema(field_schema(rest[0]))
        if tag == "d":
            return cs.dict_schema(cs.str_schema(), field_schema(rest[0]))
        assert tag == "u"
        return cs.union_schema([field_schema(member) for member in rest])

    fields = {wire: cs.typed_dict_field(field_schema(field), required=False,
                                        validation_alias=wire if attr == wire else [[wire], [attr]])
              for attr, wire, field in _model_classes.SHAPES[name]}
    fields[CHECKED] = cs.typed_dict_field(cs.with_default_schema(cs.any_schema(), default=True), required=False)
    return cs.typed_dict_schema(fields, extra_behavior="allow", total=False)


def test_every_nested_models_check_is_the_schema_pydantic_cores_helpers_make() -> None:
    from dockerapi._model_lazy import _checked_json_schema, _model_schema

    for name in _model_classes.SHAPES:
        written = _functions_as_names(_model_schema(name))
        assert written == _functions_as_names(_helpers_schema(("m", name))), name
        assert _functions_as_names(_checked_json_schema(name)) == _functions_as_names(_helpers_checked_schema(name)), name


# --- a typed result's validator (`_model_lookup.result_validator`) against pydantic's own validation -----------

_SAMPLES = {"str": "text", "int": 7, "float": 1.5, "bool": True, "any": {"free": [1, None]}}
_WRONG = {"str": 5, "int": "x", "float": "y", "bool": "maybe"}  # "any" takes anything


def _sample(shape: Any, depth: int = 0, by: str = "wire") -> Any:
    """A valid JSON value of a field shape (a model's fields filled two levels down), its nested models' keys the
    wire names, or (`by="both"`) each sent under its wire name and again under its attribute name, with a key the
    catalog does not know."""
    if isinstance(shape, str):
        return _SAMPLES[shape]
    tag, rest = shape[0], shape[1:]
    if tag == "n" or tag == "u":
        return _sample(rest[0], depth, by)
    if tag == "e":
        return "a-value-the-catalog-does-not-know" if depth % 2 else rest[0][0]
    if tag == "m":
        if depth > 2:
            return {}
        document = {}
        for attr, wire, field in _model_classes.SHAPES[rest[0]]:
            document[wire] = _sample(field, depth + 1, by)
            if by == "both":
                document[attr] = _sample(field, depth + 1, by)
        if by == "both":
            document["SomethingNew"] = [depth]
        return document
    if tag == "l":
        return [_sample(rest[0], depth, by)]
    assert tag == "d"
    return {"key": _sample(rest[0], depth, by)}


def _wrong(shape: Any) -> Any:
    """A JSON value that a field of this shape refuses (None when every value is accepted)."""
    if isinstance(shape, str):
        return _WRONG.get(shape)
    tag, rest = shape[0], shape[1:]
    if tag == "n":
        return _wrong(rest[0])
    if tag == "m":
        return 5
    if tag == "l":
        return {"not": "a list"}
    if tag == "d":
        return ["not", "a dict"]
    if tag == "e":
        return 3
    return None  # a union: no field of the catalog has one today, so none is tried


def _member_tag(part: Any) -> Any:
    # typing's Union cache takes Literals with the same values in another order as equal, so pydantic may name a
    # union's literal member with the values in the order of whichever model made that union first
    if isinstance(part, str) and part.startswith("literal[") and part.endswith("]"):
        return "literal" + str(sorted(part[len("literal["):-1].split(",")))
    return part


def _answers(validate: Any, document: Any) -> Any:
    try:
        value = validate(json.dumps(document))
    except ValidationError as error:
        return ("error", error.title, [(tuple(map(_member_tag, e["loc"])), e["type"]) for e in error.errors()])
    return ("value", type(value), value.model_dump(by_alias=True, exclude_unset=True, mode="json"),
            value.model_fields_set, value.model_extra, value.model_dump())


def test_a_typed_results_validator_answers_as_pydantics_own_for_every_model() -> None:
    from dockerapi._model_lookup import result_validator

    for name, fields in _model_classes.SHAPES.items():
        cls = getattr(models, name)
        own = result_validator(name).validate_json
        documents = [{}, {"SomethingNew": {"x": 1}}, {wire: _sample(field) for _, wire, field in fields},
                     {wire: None for _, wire, field in fields}, [], "text",
                     {attr: _sample(field) for attr, _, field in fields},  # attribute names: set by name too
                     {wire: _sample(field, by="both") for _, wire, field in fields}]  # nested: both names sent
        documents += [{wire: wrong} for _, wire, field in fields if (wrong := _wrong(field)) is not None]
        for document in documents:
            assert _answers(own, document) == _answers(cls.model_validate_json, document), (name, document)
        listed = result_validator(name, as_list=True).validate_json(json.dumps([documents[2], {}]))
        assert [type(item) for item in listed] == [cls, cls]
        assert listed[0] == cls.model_validate_json(json.dumps(documents[2]))


def test_a_typed_result_leaves_pydantics_plugin_discovery_alone() -> None:
    # pydantic's validators look for plugins in every installed package's entry points (importlib.metadata):
    # ~15 ms of a first typed call; a result's own validator does not, Model.model_validate_json() does
    loaded = _fresh(
        "import sys\n"
        "from dockerapi._model_lookup import result_validator\n"
        f"info = result_validator('ContainerInspectResponse').validate_json({json.dumps(json.dumps(INSPECT))})\n"
        "assert info.state.health.log[0].exit_code == 0 and info['FutureField'] == {'x': [1]}\n"
        "print('pydantic.plugin._loader' in sys.modules, end=' ')\n"
        "type(info).model_validate_json('{}')\n"
        "print('pydantic.plugin._loader' in sys.modules)\n")
    assert loaded == "False True"
