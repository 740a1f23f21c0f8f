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
        if name != "self":
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


def _args_section(doc: str) -> set[str]:
    """The parameter names an `Args:` section describes."""
    names: set[str] = set()
    inside = False
    for line in doc.splitlines():
        if line.strip() in ("Args:",):
            inside = True
            continue
        if inside:
            if line and not line.startswith(" "):
                break  # the next section
            if line.startswith("    ") and not line.startswith("        ") and ":" in line:
                names.add(line.split(":", 1)[0].strip())
    return names


def test_every_signature_parameter_of_every_public_method_is_in_its_args() -> None:
    # issue 26 item 7: request_timeout and extra_headers were in every signature and in no docstring
    counted, missing = 0, []
    for face in (dockerapi.Client, dockerapi.AsyncClient, classic.Client, classic.AsyncClient):
        for name, member in inspect.getmembers(face, inspect.isfunction):
            if name.startswith("_"):
                continue
            described = _args_section(inspect.getdoc(member) or "")
            for parameter in list(inspect.signature(member).parameters)[1:]:
                counted += 1
                if parameter not in described:
                    missing.append(f"{face.__module__}.{face.__name__}.{name}({parameter})")
    assert missing == []
    assert counted >= 4 * 904  # 130 public methods per face: the uniform keywords included


def test_the_docs_say_what_the_code_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 26 item 8: three places where the prose said one thing and the code did another
    import io
    import json
    import re

    import httpx

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    requests: list[httpx.Request] = []

    def daemon(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.url.path.endswith("/containers/json"):
            return httpx.Response(200, json=[{"Id": "c1", "Names": ["/a"], "Image": "busybox"}])
        return httpx.Response(201, json={"Id": "c1", "Warnings": []})

    # create_container adds the config file's proxies to the environment (it said it sent none)
    (tmp_path / "config.json").write_text(json.dumps({"proxies": {"default": {"httpProxy": "http://p:3128"}}}))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    doc = " ".join((inspect.getdoc(dockerapi.Client.create_container) or "").split())
    assert "ignores" not in doc and "environment" in doc.split("use_config_proxy:")[1].split("detach:")[0]
    with classic.Client("unix:///nonexistent.sock", version="1.41", transport=httpx.MockTransport(daemon)) as client:
        client.create_container("busybox", "true", environment={"A": "1"})
        assert json.loads(requests[-1].content)["Env"] == ["http_proxy=http://p:3128", "HTTP_PROXY=http://p:3128", "A=1"]
        # containers(quiet=True) returns [{"Id": ...}] (the README said ids), as the seed and docker-py do
        assert client.containers(quiet=True) == [{"Id": "c1"}]
        assert re.search(r'`containers\(quiet=True\)` a dict per container holding only its id\s+\(`\[\{"Id": \.\.\.\}\]`\)',
                         readme)
    # a failed build raises StreamError (the error tree listed only pull, push, load, import)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from faults import CLOSE, FakeDaemon

    output = b'{"stream":"Step 1/1"}\r\n{"error":"no such image","errorDetail":{}}\r\n'
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%b" % (
        len(output), output)
    with FakeDaemon(lambda head: (answer, CLOSE)) as fake, classic.Client(fake.base_url, timeout=10) as client:
        with pytest.raises(dockerapi.StreamError, match="no such image"):
            client.build(fileobj=io.BytesIO(b"FROM nothing\n"), stream=False)
    tree_line = next(line for line in readme.splitlines() if "StreamError " in line and line.startswith(("├", "│")))
    assert "build" in tree_line
