"""The swarm-side object API takes docker-py 7.2's keywords (no daemon needed).

ServiceCollection.create/Service.update and Swarm.init/update take docker-py's flat `**kwargs`; here they are
declared from the builders' signatures (spec/objects/services.yaml `keywords_from: [types.ContainerSpec, ...]`),
so these tests compare the generated signatures with the keyword sets docker-py 7.2 accepts, and check the
generator's refusals of the declarations this work added (`fill:`, builder sources).
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from dockerapi.classic.models.services import Service, ServiceCollection
from dockerapi.classic.models.swarm import Swarm

from codegen import objects
from codegen.catalog import CatalogError


def _keywords(function: Any) -> set[str]:
    return {name for name, p in inspect.signature(function).parameters.items()
            if name != "self" and p.kind is not inspect.Parameter.VAR_KEYWORD}


def _docker_py_service_keywords() -> set[str]:
    from docker.models import services

    return (set(services.CREATE_SERVICE_KWARGS) | set(services.CONTAINER_SPEC_KWARGS)
            | set(services.TASK_TEMPLATE_KWARGS) | set(services.PLACEMENT_KWARGS)
            | {"container_labels", "log_driver", "log_driver_options"})


def test_service_create_takes_docker_py_keywords() -> None:
    assert _keywords(ServiceCollection.create) == _docker_py_service_keywords()


def test_service_update_takes_create_keywords_plus_force_update() -> None:
    assert _keywords(Service.update) == _docker_py_service_keywords() | {"force_update", "fetch_current_spec"}


def test_swarm_init_and_update_take_docker_py_spec_keywords() -> None:
    from docker.types import SwarmSpec

    spec = set(inspect.signature(SwarmSpec.__init__).parameters) - {"self", "version"}
    spec.discard("external_ca")  # docker-py's deprecated single CA: external_cas only here
    init = {"advertise_addr", "listen_addr", "force_new_cluster", "default_addr_pool", "subnet_size",
            "data_path_addr", "data_path_port"}
    assert _keywords(Swarm.init) == init | spec
    assert _keywords(Swarm.update) == {"rotate_worker_token", "rotate_manager_token",
                                       "rotate_manager_unlock_key"} | spec


def test_builder_keywords_are_read_from_the_signature() -> None:
    entries = {e["name"]: e for e in objects._builder_entries("Placement")}
    assert list(entries) == ["constraints", "preferences", "platforms", "maxreplicas"]
    assert entries["maxreplicas"]["annotation"] == "int | None" and entries["maxreplicas"]["default_repr"] == "None"
    assert "dockerapi.types.Placement" in entries["constraints"]["text"]


def _catalog(**node_update: Any) -> objects.ObjectCatalog:
    node = objects.ObjectSpec(
        name="Node", module="nodes", summary="", id_field="ID", inspect="inspect_node", bind_value="id",
        summary_model=None, properties=[objects.PropertySpec(name="version", type="int", doc="",
                                                             reader="swarm_object_version")],
        methods=[objects.MemberSpec(name="update", call="update_node", **node_update)])
    return objects.ObjectCatalog(objects={"Node": node}, collections={},
                                 client=objects.ClientSpec(summary="", methods=[], singletons={}), modules=["nodes"])


@pytest.mark.parametrize(("member", "problem"), [
    ({"fill": {"version": "generation"}}, "not a property of Node"),
    ({"fill": {"revision": "version"}}, "not a parameter of 'update_node'"),
])
def test_fill_is_checked(member: dict[str, Any], problem: str) -> None:
    params = {"update_node": [{"name": "node_id"}, {"name": "version"}, {"name": "node_spec"}],
              "inspect_node": [{"name": "node_id"}]}
    objects.validate(_catalog(fill={"version": "version"}), set(params), set(), set(), params)
    with pytest.raises(CatalogError, match=problem):
        objects.validate(_catalog(**member), set(params), set(), set(), params)


def test_unknown_builder_is_refused() -> None:
    catalog = _catalog()
    catalog.objects["Node"].methods = [objects.MemberSpec(name="update", plan="service_update",
                                                          keywords_from=["types.NoSuchBuilder"])]
    with pytest.raises(CatalogError, match="no such builder"):
        objects.validate(catalog, {"inspect_node"}, set(), set(), {"inspect_node": []})
