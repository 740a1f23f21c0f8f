"""Tests of `python -m codegen import` on small hand-made swagger fragments."""
from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from codegen.importer import render, run, write
from codegen.yamlfile import InputError

REPO = Path(__file__).resolve().parents[2]


def _base() -> dict:
    return {
        "swagger": "2.0",
        "produces": ["application/json"],
        "consumes": ["application/json"],
        "definitions": {
            "Thing": {"type": "object", "properties": {
                "Id": {"type": "string"},
                "State": {"$ref": "#/definitions/ThingState"},
                "Health": {"type": "object", "properties": {"Status": {"type": "string", "enum": ["", "ok"]}}},
            }},
            "ThingState": {"type": "object", "properties": {"Status": {"type": "string", "x-nullable": True}}},
            "ThingConfig": {"type": "object", "required": ["Image"],
                            "properties": {"Image": {"type": "string"}}},
            "HostCfg": {"type": "object", "properties": {"Memory": {"type": "integer"}}},
            "PortMap": {"type": "object", "additionalProperties": {
                "type": "array", "x-nullable": True, "items": {"$ref": "#/definitions/ThingState"}}},
        },
        "paths": {
            "/things/{id}/json": {"get": {
                "operationId": "ThingInspect", "tags": ["Thing"],
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "type": "string"},
                    {"name": "size", "in": "query", "type": "boolean", "default": False},
                    {"name": "filters", "in": "query", "type": "string",
                     "description": "A JSON encoded value of the filters (a `map[string][]string`)."},
                ],
                "responses": {"200": {"description": "x", "schema": {"$ref": "#/definitions/Thing"}},
                              "404": {"description": "x"}, "500": {"description": "x"}},
            }},
            "/things/create": {"post": {
                "operationId": "ThingCreate", "tags": ["Thing"],
                "parameters": [{"name": "body", "in": "body", "required": True, "schema": {"allOf": [
                    {"$ref": "#/definitions/ThingConfig"},
                    {"type": "object", "properties": {"HostConfig": {"$ref": "#/definitions/HostCfg"}}},
                ]}}],
                "responses": {"201": {"description": "x", "schema": {
                    "type": "object", "properties": {"Id": {"type": "string"}}}}},
            }},
            "/plugins/privileges": {"get": {
                "operationId": "GetPluginPrivileges", "tags": ["Plugin"],
                "parameters": [{"name": "remote", "in": "query", "type": "string"},
                               {"name": "name", "in": "query", "type": "string"}],
                "responses": {"200": {"description": "x"}},
            }},
        },
    }


def _versions() -> dict[str, dict]:
    v25 = _base()
    # 1.26: an added query parameter; an added body field deep in a $ref; ThingState renamed to State
    v26 = copy.deepcopy(v25)
    v26["paths"]["/things/{id}/json"]["get"]["parameters"].insert(
        2, {"name": "verbose", "in": "query", "type": "boolean"})
    v26["definitions"]["HostCfg"]["properties"]["CpuQuota"] = {"type": "integer"}
    v26["definitions"]["State"] = v26["definitions"].pop("ThingState")
    v26["definitions"]["Thing"]["properties"]["State"] = {"$ref": "#/definitions/State"}
    v26["definitions"]["PortMap"]["additionalProperties"]["items"] = {"$ref": "#/definitions/State"}
    # 1.27: a removed parameter
    v27 = copy.deepcopy(v26)
    v27["paths"]["/plugins/privileges"]["get"]["parameters"].pop()
    return {"1.25": v25, "1.26": v26, "1.27": v27}


@pytest.fixture
def folder(tmp_path):
    for v, doc in _versions().items():
        (tmp_path / f"v{v}.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    return tmp_path


def _load(files: dict, rel: str) -> dict:
    return yaml.safe_load(files[rel])


def _params(files, area, op):
    return {p["wire"]: p for p in _load(files, f"operations/{area}.yaml")["operations"][op]["params"]}


def _fields(files, model):
    return {f["wire"]: f for f in _load(files, "models.yaml")["models"][model]["fields"]}


def test_added_query_parameter(folder):
    files, _ = render(str(folder), overrides_path=None)
    params = _params(files, "thing", "ThingInspect")
    assert params["verbose"]["since"] == "1.26"
    assert params["verbose"]["gate_source"] == "diff"
    assert params["size"]["since"] == "1.25"
    assert params["size"]["default"] is False
    assert list(params) == ["id", "size", "verbose", "filters"]   # newest order
    assert params["filters"].get("json") is True
    assert "json" not in params["size"]
    assert "since" not in params["id"]                            # path params share the op's gate


def test_added_body_field_deep_in_ref(folder):
    files, _ = render(str(folder), overrides_path=None)
    host = _fields(files, "HostCfg")
    assert host["Memory"]["since"] == "1.25"
    assert host["CpuQuota"]["since"] == "1.26"
    assert host["CpuQuota"]["gate_source"] == "diff"


def test_renamed_definition_is_not_an_addition(folder):
    files, _ = render(str(folder), overrides_path=None)
    models = _load(files, "models.yaml")["models"]
    assert "State" in models and "ThingState" not in models       # only the newest definitions
    assert models["State"]["fields"][0]["since"] == "1.25"        # dated through Thing.State
    assert models["State"]["fields"][0]["nullable"] is True
    assert models["PortMap"] == {"type": "dict[str, list[State] | None]"}


def test_removed_parameter_gets_until(folder):
    files, _ = render(str(folder), overrides_path=None)
    params = _params(files, "plugin", "GetPluginPrivileges")
    assert params["name"]["since"] == "1.25"
    assert params["name"]["until"] == "1.27"
    assert "until" not in params["remote"]


def test_allof_body_is_merged_into_a_named_request_model(folder):
    files, _ = render(str(folder), overrides_path=None)
    op = _load(files, "operations/thing.yaml")["operations"]["ThingCreate"]
    assert op["body"] == {"model": "ThingCreateRequest", "required": True}
    req = _fields(files, "ThingCreateRequest")
    assert list(req) == ["Image", "HostConfig"]
    assert req["Image"]["required"] is True
    assert req["HostConfig"]["type"] == "HostCfg"
    body_fields = [p["wire"] for p in op["params"] if p["in"] == "body-field"]
    assert body_fields == ["Image", "HostConfig"]
    assert op["response"] == {"status": 201, "type": "ThingCreateResponse"}


def test_inline_nested_object_naming_and_enum(folder):
    files, _ = render(str(folder), overrides_path=None)
    thing = _fields(files, "Thing")
    assert thing["Health"]["type"] == "ThingHealth"
    assert _fields(files, "ThingHealth")["Status"]["enum"] == ["", "ok"]


def test_markdown_dates_oldest_items_1_24(folder):
    md = folder / "pre-1.25"
    md.mkdir()
    (md / "v1.24.md").write_text(
        "#### Inspect\n\n`GET /things/(id or name)/json`\n\n**Query parameters**:\n\n-   **size** – x\n",
        encoding="utf-8")
    files, imp = render(str(folder), overrides_path=None)
    op = _load(files, "operations/thing.yaml")["operations"]["ThingInspect"]
    assert (op["since"], op["gate_source"]) == ("1.24", "markdown")
    params = _params(files, "thing", "ThingInspect")
    assert (params["size"]["since"], params["size"]["gate_source"]) == ("1.24", "markdown")
    assert params["filters"]["since"] == "1.25"                     # not listed in the markdown
    create = _load(files, "operations/thing.yaml")["operations"]["ThingCreate"]
    assert create["since"] == "1.25"


def test_changelog_and_override(folder, tmp_path_factory):
    (folder / "CHANGELOG.md").write_text(
        "## v1.26 API changes\n\n* `GET /things/(id)/json` now accepts a `verbose` parameter.\n\n"
        "## v1.25 API changes\n\n* `GET /plugins/privileges` now takes `remote`.\n"
        "* `POST /things/create` now accepts `CpuQuota` in `HostConfig`.\n", encoding="utf-8")
    files, imp = render(str(folder), overrides_path=None)
    params = _params(files, "thing", "ThingInspect")
    assert params["verbose"]["gate_source"] == "changelog"          # diff and changelog agree
    assert _fields(files, "HostCfg")["CpuQuota"]["since"] == "1.26"  # disagreement: diff stands...
    assert any("HostCfg.CpuQuota" in e["item"] for e in imp.report.earlier)  # ...and is reported
    ov = tmp_path_factory.mktemp("ov") / "overrides.yaml"
    ov.write_text(yaml.safe_dump({"overrides": [
        {"model": "HostCfg", "field": "CpuQuota", "since": "1.25", "source": "CHANGELOG.md v1.25"}]}))
    files, imp = render(str(folder), overrides_path=str(ov))
    f = _fields(files, "HostCfg")["CpuQuota"]
    assert (f["since"], f["gate_source"]) == ("1.25", "override")
    assert not imp.report.overrides_unused


def test_determinism_and_check(folder, tmp_path_factory, capsys):
    out1 = tmp_path_factory.mktemp("out1")
    out2 = tmp_path_factory.mktemp("out2")
    assert run(str(folder), str(out1), overrides_path=None, quiet=True) == 0
    assert run(str(folder), str(out2), overrides_path=None, quiet=True) == 0
    names = sorted(os.listdir(out1 / "operations"))
    assert names == ["plugin.yaml", "thing.yaml"]
    for rel in ["models.yaml", "gates-report.md"] + [f"operations/{n}" for n in names]:
        assert (out1 / rel).read_bytes() == (out2 / rel).read_bytes()
    assert (out1 / "models.yaml").read_text().startswith("# Generated by `python -m codegen import`")
    assert run(str(folder), str(out1), check=True, overrides_path=None) == 0
    (out1 / "models.yaml").write_text("# edited\n")
    assert run(str(folder), str(out1), check=True, overrides_path=None) == 1
    assert run(str(folder / "missing"), str(out1), check=True, overrides_path=None) == 0
    assert "SKIPPED" in capsys.readouterr().out


def _versions_with_removals() -> dict[str, dict]:
    """_versions() plus a 1.28 that drops a top-level body field, a body field deep in a $ref,
    a response field typed by an inline object and one typed by a definition that is gone too,
    and respells a field (case only); and a 304 response."""
    docs = _versions()
    for doc in docs.values():
        doc["definitions"]["ThingConfig"]["properties"]["MacAddress"] = {"type": "string"}
        doc["definitions"]["Thing"]["properties"]["Node"] = {
            "type": "object", "properties": {"Status": {"type": "string"}}}   # shaped like State
        doc["definitions"]["OldLimits"] = {"type": "object", "properties": {"Pids": {"type": "integer"}}}
        doc["definitions"]["Thing"]["properties"]["Limits"] = {"$ref": "#/definitions/OldLimits"}
        doc["definitions"]["Thing"]["properties"]["Tags"] = {"type": "array", "items": {"type": "string"}}
        doc["definitions"]["Thing"]["properties"]["SizeRw"] = {"type": "integer"}
        doc["paths"]["/things/{id}/json"]["get"]["responses"]["304"] = {"description": "not modified"}
    v28 = copy.deepcopy(docs["1.27"])
    del v28["definitions"]["ThingConfig"]["properties"]["MacAddress"]
    del v28["definitions"]["HostCfg"]["properties"]["CpuQuota"]
    del v28["definitions"]["OldLimits"]
    for name in ("Node", "Limits", "Tags"):
        del v28["definitions"]["Thing"]["properties"][name]
    v28["definitions"]["Thing"]["properties"]["sizeRW"] = v28["definitions"]["Thing"]["properties"].pop("SizeRw")
    docs["1.28"] = v28
    return docs


@pytest.fixture
def removal_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("removals")
    for v, doc in _versions_with_removals().items():
        (folder / f"v{v}.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    return folder


def test_removed_body_field_deep_in_ref_gets_until(removal_folder):
    files, imp = render(str(removal_folder), overrides_path=None)
    host = _fields(files, "HostCfg")
    assert list(host) == ["Memory", "CpuQuota"]                   # gone ones after the current ones
    assert host["CpuQuota"] == {"wire": "CpuQuota", "type": "int", "since": "1.26", "until": "1.28",
                                "gate_source": "diff"}
    assert "until" not in host["Memory"]
    assert "field HostCfg.CpuQuota: since 1.26, until 1.28 (diff)" in imp.report.removed


def test_removed_top_level_body_field_is_a_gated_body_field_param(removal_folder):
    files, _ = render(str(removal_folder), overrides_path=None)
    op = _load(files, "operations/thing.yaml")["operations"]["ThingCreate"]
    body_fields = [p for p in op["params"] if p["in"] == "body-field"]
    assert [p["wire"] for p in body_fields] == ["Image", "HostConfig", "MacAddress"]
    mac = body_fields[-1]
    assert mac == {"wire": "MacAddress", "in": "body-field", "type": "str", "since": "1.25",
                   "until": "1.28", "gate_source": "diff"}
    req = _fields(files, "ThingCreateRequest")
    assert list(req) == ["Image", "HostConfig", "MacAddress"]
    assert req["MacAddress"]["until"] == "1.28"


def test_removed_model_field_gets_until_and_an_old_type(removal_folder):
    files, _ = render(str(removal_folder), overrides_path=None)
    thing = _fields(files, "Thing")
    assert list(thing)[-3:] == ["Limits", "Node", "Tags"]          # sorted, after the current ones
    for name in ("Limits", "Node", "Tags"):
        assert (thing[name]["since"], thing[name]["until"], thing[name]["gate_source"]) == ("1.25", "1.28", "diff")
    assert thing["Node"]["type"] == "State"       # inline object shaped like a newest definition
    assert thing["Limits"]["type"] == "any"       # a definition the newest swagger has not
    assert thing["Tags"]["type"] == "list[str]"
    assert "SizeRw" not in thing and "until" not in thing["sizeRW"]   # a case-only respelling is no removal
    models = _load(files, "models.yaml")["models"]
    assert "OldLimits" not in models and "ThingNode" not in models
    assert "until" not in thing["State"]


def test_304_is_listed_with_the_errors(removal_folder):
    files, _ = render(str(removal_folder), overrides_path=None)
    op = _load(files, "operations/thing.yaml")["operations"]["ThingInspect"]
    assert op["errors"] == [304, 404, 500]


def test_removals_are_deterministic_and_checkable(removal_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert run(str(removal_folder), str(out), overrides_path=None, quiet=True) == 0
    first = {p: (out / p).read_bytes() for p in ("models.yaml", "operations/thing.yaml", "gates-report.md")}
    assert run(str(removal_folder), str(out), check=True, overrides_path=None) == 0
    files, _ = render(str(removal_folder), overrides_path=None)
    for p, data in first.items():
        assert files[p].encode() == data


# -- bad input: one line naming the file and the place, exit status 2, nothing written -----------------

def _previous_import(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("previous")
    assert run(str(folder), str(out), overrides_path=None, quiet=True) == 0
    return out, {p: (out / p).read_bytes() for p in ("models.yaml", "gates-report.md", "operations/thing.yaml")}


def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err


def test_a_ref_to_a_missing_definition_is_refused_at_its_line(folder, tmp_path_factory, capsys):
    out, before = _previous_import(folder, tmp_path_factory)
    doc = yaml.safe_load((folder / "v1.27.yaml").read_text())
    doc["definitions"]["Thing"]["properties"]["State"] = {"$ref": "#/definitions/NoSuchState"}
    (folder / "v1.27.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    assert run(str(folder), str(out), overrides_path=None, quiet=True) == 2
    err = _one_error_line(capsys)
    match = re.search(r"v1\.27\.yaml:(\d+):(\d+): \$ref '#/definitions/NoSuchState' at "
                      r"definitions\.Thing\.properties\.State names no definition", err)
    assert match, err
    line = (folder / "v1.27.yaml").read_text().splitlines()[int(match.group(1)) - 1]
    assert "#/definitions/NoSuchState" in line[int(match.group(2)) - 1:]
    assert {p: (out / p).read_bytes() for p in before} == before


def test_a_ref_outside_the_file_is_refused(folder, capsys):
    doc = yaml.safe_load((folder / "v1.26.yaml").read_text())
    doc["paths"]["/things/create"]["post"]["responses"]["201"]["schema"] = {"$ref": "other.yaml#/Thing"}
    (folder / "v1.26.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    with pytest.raises(InputError, match=r"v1\.26\.yaml:\d+:\d+: \$ref 'other\.yaml#/Thing' .* is not a local"):
        render(str(folder), overrides_path=None)


def test_a_yaml_syntax_error_is_one_line_with_its_place(folder, tmp_path_factory, capsys):
    out, before = _previous_import(folder, tmp_path_factory)
    text = (folder / "v1.27.yaml").read_text()
    (folder / "v1.27.yaml").write_text(text + "extra:\n  list: [1, 2\n  next: 3\n", encoding="utf-8")
    assert run(str(folder), str(out), overrides_path=None, quiet=True) == 2
    err = _one_error_line(capsys)
    expected_line = len(text.splitlines()) + 3
    assert re.search(rf"v1\.27\.yaml:{expected_line}:\d+: YAML syntax error: did not find expected ','", err), err
    assert {p: (out / p).read_bytes() for p in before} == before


def test_the_command_line_reports_bad_input_without_a_traceback(folder, tmp_path):
    (folder / "v1.27.yaml").write_text("paths: {a: b\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "codegen", "import", str(folder), "--out", str(tmp_path / "out")],
                          cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 2
    assert re.fullmatch(r"error: \S*v1\.27\.yaml:\d+:\d+: YAML syntax error: [^\n]+\n", done.stderr), done.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("entry", "complaint"), [
    ({"model": "HostCfg", "field": "CpuQuota", "since": "1.25"}, r"no `source:`"),
    ({"model": "HostCfg", "field": "CpuQuota", "since": 1.25, "source": "x"}, r"`since: 1.25` is not a quoted version"),
    ({"model": "HostCfg", "field": "CpuQuota", "sinse": "1.25", "source": "x"}, r"unknown key\(s\) \['sinse'\]"),
    ({"operation": "ThingCreate", "model": "HostCfg", "since": "1.25", "source": "x"}, r"needs exactly one of"),
])
def test_a_malformed_override_is_refused_at_its_line(folder, tmp_path, entry, complaint):
    good = {"model": "HostCfg", "field": "Memory", "since": "1.25", "source": "x"}
    path = tmp_path / "overrides.yaml"
    path.write_text(yaml.safe_dump({"overrides": [good, entry]}, sort_keys=False), encoding="utf-8")
    second = [i for i, line in enumerate(path.read_text().splitlines(), 1) if line.startswith("- ")][1]
    with pytest.raises(InputError, match=rf"overrides\.yaml:{second}:3: override #2: {complaint}"):
        render(str(folder), overrides_path=str(path))


def test_a_failed_write_keeps_the_previous_import(folder, tmp_path_factory, monkeypatch):
    out, before = _previous_import(folder, tmp_path_factory)
    files, _ = render(str(folder), overrides_path=None)
    real_open = open

    def failing_open(path, *args, **kwargs):
        if str(path).endswith("models.yaml") and "w" in (args[0] if args else kwargs.get("mode", "r")):
            raise OSError(28, "No space left on device")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", failing_open)
    with pytest.raises(OSError):
        write.write_tree(str(out), dict(files, **{"models.yaml": "changed\n"}))
    monkeypatch.undo()
    assert {p: (out / p).read_bytes() for p in before} == before
    assert not [n for n in os.listdir(out.parent) if n.startswith(".import-")]


def test_the_report_cites_changelog_entries_by_section_and_digest_not_line(folder):
    entries = ("## v1.26 API changes\n\n* `GET /things/(id)/json` now accepts a `verbose` parameter.\n\n"
               "## v1.25 API changes\n\n* `POST /things/create` now accepts `CpuQuota` in `HostConfig`.\n")
    (folder / "CHANGELOG.md").write_text(entries, encoding="utf-8")
    before = render(str(folder), overrides_path=None)[0]["gates-report.md"]
    cite = re.search(r'- CHANGELOG\.md "## v1\.25 API changes" \[([0-9a-f]{7})\]: `POST /things/create` now accepts', before)
    assert cite, before
    # A new release's section on top moves every entry down the file; the report does not change.
    (folder / "CHANGELOG.md").write_text("# Engine API changelog\n\n## v1.28 API changes\n\n* `GET /other` is new.\n"
                                         "  It spans\n  three lines.\n\n" + entries, encoding="utf-8")
    assert render(str(folder), overrides_path=None)[0]["gates-report.md"] == before
    # Rewording the entry itself gives it another digest.
    (folder / "CHANGELOG.md").write_text(entries.replace("now accepts `CpuQuota`", "accepts `CpuQuota`"))
    reworded = render(str(folder), overrides_path=None)[0]["gates-report.md"]
    assert f"[{cite.group(1)}]" not in reworded and 'CHANGELOG.md "## v1.25 API changes" [' in reworded


def test_a_dotted_name_in_the_changelog_names_the_field(folder):
    (folder / "CHANGELOG.md").write_text(
        "## v1.25 API changes\n\n* `POST /things/create` now takes `HostConfig.CpuQuota` to limit the CPU.\n",
        encoding="utf-8")
    _, imp = render(str(folder), overrides_path=None)
    entry = next(e for e in imp.report.earlier if e["item"] == "field HostCfg.CpuQuota")
    assert (entry["diff"], entry["changelog"]) == ("1.26", ["1.25"])
