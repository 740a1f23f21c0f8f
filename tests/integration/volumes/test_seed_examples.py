"""The seed's volume examples, run as written on both faces (dockerapi.classic and dockerapi)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import SEED_FACES, seed_client, unique  # tests/integration/conftest.py
from dockerapi import Client


@pytest.fixture(params=SEED_FACES)
def client(request: pytest.FixtureRequest, engine: dict[str, Any]) -> Iterator[Any]:
    """The seed's `client`, on both faces (conftest.SEED_FACES)."""
    with seed_client(request.param, engine) as c:
        yield c


def test_create_volume_inspect_volume_and_volumes_examples(client: Client, cleanup: Any) -> None:
    name = unique('foobar')
    volume = client.create_volume(
        name=name, driver='local', driver_opts={'type': 'tmpfs', 'device': 'tmpfs', 'o': 'nodev'},
        labels={"key": "value"}
    )
    cleanup(lambda: client.remove_volume(name))
    assert (volume['Name'], volume['Driver'], volume['Labels']) == (name, 'local', {'key': 'value'})
    assert volume['Mountpoint']
    inspected = client.inspect_volume(name)
    assert (inspected['Name'], inspected['Driver']) == (name, 'local')
    assert name in [v['Name'] for v in client.volumes()['Volumes']]
