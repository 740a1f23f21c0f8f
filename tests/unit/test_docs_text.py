"""The docstrings a user reads in an IDE: every parameter and field described, examples that call real methods."""

from __future__ import annotations

import ast
import inspect
import sys
from pathlib import Path

import dockerapi
import pytest
from dockerapi import classic, models

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from codegen.catalog import load  # noqa: E402

CATALOG = load()


def test_every_parameter_of_every_method_is_described() -> None:
    missing = []
    for method in [*CATALOG.methods, *CATALOG.composites, *CATALOG.helpers]:
        doc = CATALOG.method_docs.get(method.name)
        for param in method.params:
            if getattr(param, "constant", False) or param.name == "version":
                continue
            if doc is None or param.name not in doc.params:
                missing.append(f"{method.name}({param.name})")
    assert missing == [], "write them in spec/api/docs/"


def test_model_fields_are_described() -> None:
    fields = [(name, f.wire) for name, m in CATALOG.models.items() if m.alias is None for f in m.fields]
    described = [(n, w) for n, w in fields if n in CATALOG.model_docs and w in CATALOG.model_docs[n].fields]
    assert len(described) / len(fields) >= 0.9
    # every field of every model a method returns, all the way down
    returned = {m.returns.model for m in CATALOG.methods if m.returns.model in CATALOG.models}
    seen: set[str] = set()
    while returned:
        name = returned.pop()
        if name in seen or CATALOG.models[name].alias is not None:
            continue
        seen.add(name)
        for fld in CATALOG.models[name].fields:
            assert fld.wire in CATALOG.model_docs.get(name, type("D", (), {"fields": {}})).fields, f"{name}.{fld.wire}"
            returned.update(r for r in CATALOG.models if r in fld.type.replace("[", " ").replace("]", " ").split())


def test_rendered_docstrings_have_the_sections_an_ide_shows() -> None:
    doc = inspect.getdoc(dockerapi.Client.logs) or ""
    for section in ("Args:", "Returns:", "Raises:", "Example:"):
        assert section in doc
    signature = inspect.signature(dockerapi.Client.logs)
    for name in signature.parameters:
        if name not in ("self", "request_timeout", "extra_headers"):
            assert f"    {name}: " in doc, name
    assert "API >= 1.35." in (inspect.getdoc(dockerapi.Client.exec_create) or "")  # workdir's gate
    assert "NotFound:" in (inspect.getdoc(dockerapi.Client.inspect_container) or "")
    field = models.ContainerState.model_fields["exit_code"]
    assert field.description and "exit" in field.description.lower()
    assert "dict (ContainerInspectResponse keys)" in (inspect.getdoc(classic.Client.inspect_container) or "")


@pytest.mark.parametrize("name", sorted(n for n, d in CATALOG.method_docs.items() if d.example))
def test_example_calls_real_methods_with_real_keywords(name: str) -> None:
    tree = ast.parse(CATALOG.method_docs[name].example)
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
             and isinstance(node.func.value, ast.Name) and node.func.value.id == "client"]
    assert calls, "an example shows the method in use"
    for call in calls:
        method = getattr(dockerapi.Client, call.func.attr, None)  # type: ignore[union-attr]
        assert method is not None, f"client.{call.func.attr} does not exist"  # type: ignore[union-attr]
        parameters = inspect.signature(method).parameters
        for keyword in call.keywords:
            assert keyword.arg is None or keyword.arg in parameters, f"{call.func.attr}({keyword.arg}=)"  # type: ignore[union-attr]
