"""The generated models by name, for the core: the models module (and pydantic) is imported on first need, so
that a client that never validates a model never pays for it; each class is made on first use
(`_model_classes.load`), and the first result of a kind makes its validator (`result_validator`).

That first time allocates tens of thousands of objects (pydantic's modules, a class, its schema), which
would trigger dozens of garbage collections (~10 ms of a ~130 ms first typed call, measured): the import,
the making and the building run with the collector paused (`quiet_gc`), and it resumes after.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["ResultValidator", "resolve_model", "result_validator", "models_loaded", "validator_ready",
           "load_models_off_loop", "quiet_gc", "parse_kept"]

_model_module: Any = None
_validators: dict[tuple[str, bool], ResultValidator] = {}


@contextmanager
def quiet_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector (if it runs) for a burst of allocations that are all kept."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


# Above this size an answer's parse pauses the collector: 400 containers' summaries (290 KB) allocate ~40,000
# objects, all of them kept in the result, and the collections they trigger (some of them of the oldest
# generation, which walk every object of the process) cost ~1 ms of a ~3 ms parse, for nothing.
_PAUSE_GC_ABOVE = 32 * 1024


def parse_kept(parse: Any, body: bytes) -> Any:
    """`parse(body)`, with the collector paused if the body is big (everything parsed is kept)."""
    if len(body) < _PAUSE_GC_ABOVE:
        return parse(body)
    with quiet_gc():
        return parse(body)


def resolve_model(name: str) -> Any:
    """The generated model class called `name` (made now if it was not)."""
    global _model_module
    module = _model_module
    if module is not None:
        model = module.__dict__.get(name)
        if model is not None:
            return model
    with quiet_gc():
        if _model_module is None:
            _model_module = importlib.import_module("dockerapi.models")
        return getattr(_model_module, name)


class ResultValidator:
    """A typed result's validator: `validate_json(body)` checks the JSON of model `name` (or of a list of them) and
    makes instances of its class. Nested models are checked with `_model_lazy`'s cheaper typed dicts; a body they
    refuse is checked again with the model's exact schema, whose error is raised: the same JSON is refused, and the
    error's types and context are the model's own."""

    __slots__ = ("name", "as_list", "_checked", "_exact")

    def __init__(self, name: str, as_list: bool) -> None:
        self.name = name
        self.as_list = as_list
        self._checked = self._make(exact=False)
        self._exact: Any = None

    def _make(self, exact: bool) -> Any:
        from pydantic_core import SchemaValidator

        from ._model_lazy import instance_schema

        cls = resolve_model(self.name)
        schema = instance_schema(self.name, cls, exact=exact)
        if self.as_list:
            schema, config = {"type": "list", "items_schema": schema}, None
        else:
            config = schema["config"]  # the class's config for the whole validator too, as pydantic's
        if exact or not cls.__dict__.get("__pydantic_complete__"):
            return SchemaValidator(schema, config)
        # pydantic-core (2.27+) builds a schema that names a complete class (one pydantic validated with already)
        # with that class's own validator, which checks nested models in full: the class is taken for incomplete
        # (pydantic's flag, which pydantic-core reads) while this one is built
        cls.__pydantic_complete__ = False
        try:
            return SchemaValidator(schema, config)
        finally:
            cls.__pydantic_complete__ = True

    def validate_json(self, body: bytes | str) -> Any:
        try:
            return self._checked.validate_json(body)
        except ValueError:  # pydantic_core.ValidationError
            if self._exact is None:
                with quiet_gc():
                    self._exact = self._make(exact=True)
            return self._exact.validate_json(body)


def result_validator(name: str, as_list: bool = False) -> ResultValidator:
    """The validator of a typed result of model `name` (or of a list of them), made once
    (`_model_lazy.instance_schema` says why not pydantic's own)."""
    validator = _validators.get((name, as_list))
    if validator is None:
        with quiet_gc():
            validator = _validators[name, as_list] = ResultValidator(name, as_list)
    return validator


def models_loaded() -> bool:
    return _model_module is not None


def validator_ready(name: str | None, as_list: bool = False) -> bool:
    """Whether the validator of a result of model `name` was made (always True for None)."""
    return name is None or (name, as_list) in _validators


async def load_models_off_loop(name: str | None = None, as_list: bool = False) -> None:
    """Import the models module (and pydantic), and make the class of model `name` and the validator of a result
    of it (or of a list of them), in a worker thread, not on the event loop: milliseconds the first time."""
    import asyncio

    await asyncio.to_thread(_prepare, name, as_list)


def _prepare(name: str | None, as_list: bool) -> None:
    global _model_module
    if name is None:
        with quiet_gc():
            module = importlib.import_module("dockerapi.models")
        if _model_module is None:
            _model_module = module
    else:
        result_validator(name, as_list)
