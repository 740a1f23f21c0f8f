"""Every operation of the catalog has a method, on `Client` and on `AsyncClient`, with the same signature, and
the methods take exactly the parameters the catalog gives them."""

from __future__ import annotations

import inspect

import pytest
from dockerapi import AsyncClient, Client

from codegen.catalog import load

CATALOG = load()
METHODS = sorted(CATALOG.methods, key=lambda m: m.name)
COMPOSITES = sorted(CATALOG.composites, key=lambda c: c.name)
COMMON = {"self", "request_timeout", "extra_headers"}


def _shape(function: object) -> list[tuple[str, object, object]]:
    signature = inspect.signature(function)  # type: ignore[arg-type]
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


def test_every_operation_has_a_method() -> None:
    with_methods = {m.op_id for m in CATALOG.methods}
    assert set(CATALOG.operations) <= with_methods, sorted(set(CATALOG.operations) - with_methods)


@pytest.mark.parametrize("method", METHODS, ids=[m.name for m in METHODS])
def test_method_on_both_clients_with_the_same_signature(method: object) -> None:
    name = method.name  # type: ignore[attr-defined]
    sync, asynchronous = getattr(Client, name, None), getattr(AsyncClient, name, None)
    assert sync is not None and asynchronous is not None, name
    assert inspect.iscoroutinefunction(asynchronous), name
    assert _shape(sync) == _shape(asynchronous)
    sync_returns = str(inspect.signature(sync).return_annotation)
    async_returns = str(inspect.signature(asynchronous).return_annotation)
    assert sync_returns == async_returns.replace("Async", ""), name  # AsyncJSONStream for JSONStream, ...


@pytest.mark.parametrize("method", METHODS, ids=[m.name for m in METHODS])
def test_method_parameters_are_the_catalogs(method: object) -> None:
    params = [p for p in method.params if not p.constant]  # type: ignore[attr-defined]
    expected = {p.name for p in params}
    signature = inspect.signature(getattr(Client, method.name))  # type: ignore[attr-defined]
    assert set(signature.parameters) - COMMON == expected
    positional = [p.name for p in signature.parameters.values()
                  if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and p.name != "self"]
    assert positional == method.positional[: len(positional)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("composite", COMPOSITES, ids=[c.name for c in COMPOSITES])
def test_composites_on_both_clients(composite: object) -> None:
    name = composite.name  # type: ignore[attr-defined]
    sync, asynchronous = getattr(Client, name), getattr(AsyncClient, name)
    assert inspect.iscoroutinefunction(asynchronous)
    assert _shape(sync) == _shape(asynchronous)
    assert set(inspect.signature(sync).parameters) - {"self"} == {p.name for p in composite.params}  # type: ignore[attr-defined]


DOCKER_PY_NAMES = """
init_swarm join_swarm leave_swarm inspect_swarm update_swarm get_unlock_key unlock_swarm nodes inspect_node update_node
remove_node create_service inspect_service services update_service remove_service service_logs tasks inspect_task
create_secret inspect_secret secrets remove_secret create_config inspect_config configs remove_config plugins
plugin_privileges pull_plugin enable_plugin disable_plugin configure_plugin upgrade_plugin push_plugin create_plugin
remove_plugin inspect_plugin prune_containers prune_images prune_networks prune_volumes prune_builds df
""".split()


@pytest.mark.parametrize("name", DOCKER_PY_NAMES)
def test_docker_py_method_names(name: str) -> None:
    assert callable(getattr(Client, name)) and callable(getattr(AsyncClient, name))


def test_docker_py_positional_order_of_swarm_methods() -> None:
    def names(method: str) -> list[str]:
        return [p for p in inspect.signature(getattr(Client, method)).parameters if p != "self"]

    assert names("update_service")[:12] == [
        "service", "version", "task_template", "name", "labels", "mode", "update_config", "networks",
        "endpoint_config", "endpoint_spec", "fetch_current_spec", "rollback_config"]
    assert names("create_service")[:9] == [
        "task_template", "name", "labels", "mode", "update_config", "networks", "endpoint_config",
        "endpoint_spec", "rollback_config"]
    assert names("update_swarm")[:5] == [
        "version", "swarm_spec", "rotate_worker_token", "rotate_manager_token", "rotate_manager_unlock_key"]
    assert names("pull_plugin")[:3] == ["remote", "privileges", "name"]
    assert names("create_plugin")[:3] == ["name", "plugin_data_dir", "gzip"]
    assert names("update_node")[:3] == ["node_id", "version", "node_spec"]
