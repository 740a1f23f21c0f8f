"""The catalog loader refuses a malformed catalog with the file, the entry and what is wrong."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from codegen import __main__ as codegen_cli
from codegen import catalog as catalog_module
from codegen import generate
from codegen.catalog import CatalogError, load
from codegen.yamlfile import InputError

SPEC = Path(__file__).resolve().parents[2] / "spec"
NEWEST = load(SPEC).newest


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    copy = tmp_path / "spec"
    shutil.copytree(SPEC, copy)
    return copy


def edit(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def test_the_committed_catalog_loads() -> None:
    catalog = load(SPEC)
    imported = {op_id for path in (SPEC / "imported" / "operations").glob("*.yaml")
                for op_id in yaml.safe_load(path.read_text())["operations"]}
    assert set(catalog.operations) == imported
    declared = yaml.safe_load((SPEC / "imported" / "models.yaml").read_text())["newest"]
    assert catalog.newest == tuple(int(part) for part in declared.split("."))


def test_unknown_model_reference(spec: Path) -> None:
    edit(spec / "api" / "container.yaml",
         lambda d: d["operations"]["ContainerInspect"].__setitem__("returns", {"kind": "model", "model": "NoSuchModel"}))
    with pytest.raises(CatalogError, match=r"container\.yaml: ContainerInspect: unknown model 'NoSuchModel'"):
        load(spec)


def test_duplicate_method_name(spec: Path) -> None:
    edit(spec / "api" / "container.yaml", lambda d: d["operations"]["ContainerTop"].__setitem__("method", "logs"))
    with pytest.raises(CatalogError, match="method name 'logs' is also used by"):
        load(spec)


def test_gate_outside_the_supported_range(spec: Path) -> None:
    def gate(data: dict) -> None:  # type: ignore[type-arg]
        data["operations"]["ContainerLogs"]["params"]["until"] = {**data["operations"]["ContainerLogs"]["params"].get("until", {}),
                                                                  "since": f"1.{NEWEST[1] + 1}"}
    edit(spec / "api" / "container.yaml", gate)
    with pytest.raises(CatalogError, match=rf"ContainerLogs\.until.*outside 1\.24-1\.{NEWEST[1]}"):
        load(spec)


def test_path_parameter_without_a_value_source(spec: Path) -> None:
    edit(spec / "api" / "container.yaml",
         lambda d: d["operations"]["ContainerTop"]["params"].__setitem__("id", {"hidden": True}))
    with pytest.raises(CatalogError, match=r"ContainerTop \(top\): path parameter\(s\) \['id'\] have no value source"):
        load(spec)


def test_parameter_that_the_operation_does_not_have(spec: Path) -> None:
    edit(spec / "api" / "container.yaml",
         lambda d: d["operations"]["ContainerTop"]["params"].__setitem__("nonsense", {"name": "x"}))
    with pytest.raises(CatalogError, match="'nonsense' is not a parameter of ContainerTop"):
        load(spec)


def test_unknown_model_in_a_field(spec: Path) -> None:
    edit(spec / "imported" / "models.yaml",
         lambda d: d["models"]["ContainerState"]["fields"].append({"wire": "Extra", "type": "list[Ghost]"}))
    with pytest.raises(CatalogError, match=r"ContainerState\.Extra: unknown model reference 'Ghost'"):
        load(spec)


def test_generation_is_deterministic() -> None:
    first = generate.render(load(SPEC))
    second = generate.render(load(SPEC))
    assert first == second


def test_every_generated_module_carries_the_header() -> None:
    for path in generate.render(load(SPEC)):
        if path.suffix == ".py":
            assert path.read_text().startswith(generate.HEADER), path


def test_unknown_converter(spec: Path) -> None:
    edit(spec / "api" / "container.yaml",
         lambda d: d["operations"]["ContainerTop"]["params"].__setitem__("ps_args", {"convert": "no_such_converter"}))
    with pytest.raises(CatalogError, match="unknown converter 'no_such_converter'"):
        load(spec)


def test_a_misspelt_key_is_refused(spec: Path) -> None:
    edit(spec / "api" / "container.yaml",
         lambda d: d["operations"]["ContainerTop"]["params"].__setitem__("ps_args", {"convrt": "text"}))
    with pytest.raises(CatalogError, match=r"ContainerTop \(top\)\.ps_args: unknown param key\(s\) \['convrt'\]"):
        load(spec)


def test_a_yaml_syntax_error_names_file_line_and_column(spec: Path) -> None:
    path = spec / "api" / "container.yaml"
    lines = path.read_text().splitlines()
    lines.insert(3, "  broken: [unclosed")
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError, match=r"container\.yaml:5:\d+: YAML syntax error: ") as caught:
        load(spec)
    assert caught.value.line == 5 and "\n" not in str(caught.value)


def test_a_file_that_is_not_a_mapping_is_refused(spec: Path) -> None:
    (spec / "api" / "docs" / "container.yaml").write_text("- just\n- a list\n")
    with pytest.raises(InputError, match=r"docs/container\.yaml:1:1: expected a mapping at the top level"):
        load(spec)


def test_the_command_line_prints_one_line_and_exits_2(spec: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    (spec / "imported" / "models.yaml").write_text("models:\n  Thing: {fields: [\n")
    monkeypatch.setattr(catalog_module, "load", lambda: load(spec))
    assert codegen_cli.main(["load"]) == 2
    err = capsys.readouterr().err
    assert re.fullmatch(r"error: \S*imported/models\.yaml:\d+:\d+: YAML syntax error: [^\n]+\n", err), err
