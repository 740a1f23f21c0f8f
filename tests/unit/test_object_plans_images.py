"""Pure logic of the images, networks and volumes plans (_object_plans.py), driven by hand: which image a
build log names, what an archive loaded, whether registry data has a platform. The daemons are in
tests/integration/{images,networks,volumes}/test_objects.py."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from dockerapi import BuildError, ImageLoadError, InvalidArgument
from dockerapi import _object_plans as plans
from dockerapi._base_client import Call, Gather


def drive(plan: Any, answers: dict[str, Any]) -> Any:
    """Run a plan, answering each Call by its method name (a Gather: each of its calls)."""
    try:
        step = next(plan)
        while True:
            if isinstance(step, Gather):
                step = plan.send([answers[c.method] for c in step.calls])
            else:
                assert isinstance(step, Call)
                step = plan.send(answers[step.method])
    except StopIteration as stop:
        return stop.value


class FakeCollection:
    def __init__(self, typed: bool) -> None:
        self.client = SimpleNamespace(_typed=typed)

    def prepare_model(self, attrs: Any, **kw: Any) -> Any:
        return ("model", attrs, kw)


@pytest.mark.parametrize(("log", "expected"), [
    ([{"stream": "Step 1/2 : FROM busybox\n"}, {"stream": "Successfully built 0123456789ab\n"}], "0123456789ab"),
    ([{"stream": "sha256:" + "a" * 64 + "\n"}], "a" * 64),  # quiet
    ([{"aux": {"ID": "sha256:" + "b" * 64}}], "sha256:" + "b" * 64),  # only the aux message
    ([{"stream": "Step 1/1 : FROM busybox\n"}], None),
])
def test_the_image_a_build_made(log: list[dict[str, Any]], expected: str | None) -> None:
    assert plans._built_image(log) == expected


def test_a_build_error_carries_the_message_and_the_log() -> None:
    log = [{"stream": "Step 2/2 : RUN exit 3\n"}, {"error": "exit 3", "errorDetail": {"message": "exit 3"}}]
    with pytest.raises(BuildError) as info:
        drive(plans._build_finish(FakeCollection(typed=True), log), {})
    assert info.value.msg == "exit 3" and info.value.build_log == log


def test_the_classic_build_answers_docker_py_s_tuple() -> None:
    log = [{"stream": "Successfully built 0123456789ab\n"}]
    image, rest = drive(plans._build_finish(FakeCollection(typed=False), log), {"inspect_image": {"Id": "x"}})
    assert image == ("model", {"Id": "x"}, {}) and list(rest) == log


def test_load_names_the_images_it_loaded_and_the_typed_faces_refuse_none() -> None:
    log = [{"stream": "Loaded image: app:v1\n"}, {"stream": "Loaded image ID: sha256:abc\n"}]
    loaded = drive(plans.images_load(FakeCollection(typed=True), b"tar"),
                   {"load_image": log, "inspect_image": {"Id": "i"}})
    assert len(loaded) == 2
    assert drive(plans.images_load(FakeCollection(typed=False), b"tar"), {"load_image": [{}]}) == []
    with pytest.raises(ImageLoadError):
        drive(plans.images_load(FakeCollection(typed=True), b"tar"), {"load_image": [{}]})


@pytest.mark.parametrize(("platform", "expected"), [
    ("linux", True), ("linux/amd64", True), ({"os": "linux", "architecture": "amd64"}, True),
    ("linux/arm64", False), ("linux/arm/v7", True), ("linux/arm/v6", False), ("windows", False),
])
def test_has_platform_fills_in_the_daemon_s_os_and_architecture(platform: Any, expected: bool) -> None:
    data = SimpleNamespace(_attrs={"Platforms": [{"os": "linux", "architecture": "amd64"},
                                                 {"os": "linux", "architecture": "arm", "variant": "v7",
                                                  "os.features": []}]})
    answer = drive(plans.registry_data_has_platform(data, platform), {"version": {"Os": "linux", "Arch": "amd64"}})
    assert answer is expected


def test_has_platform_refuses_what_is_not_a_platform() -> None:
    data = SimpleNamespace(_attrs={"Platforms": []})
    with pytest.raises(InvalidArgument):
        drive(plans.registry_data_has_platform(data, "linux/amd64/v1/more"), {})
