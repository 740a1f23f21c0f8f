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

__all__ = ["resolve_model", "result_validator", "models_loaded", "validator_ready", "load_models_off_loop",
           "quiet_gc", "parse_kept"]

_model_module: Any = None
_validators: dict[tuple[str, bool], Any] = {}


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


def result_validator(name: str, as_list: bool = False) -> Any:
    """The pydantic-core validator of a typed result: the JSON of model `name` (or of a list of them) into
    instances of its class, made once (`_model_lazy.instance_schema` says why not pydantic's own)."""
    validator = _validators.get((name, as_list))
    if validator is None:
        with quiet_gc():
            from pydantic_core import SchemaValidator

            from ._model_lazy import instance_schema

            schema = instance_schema(name, resolve_model(name))
            if as_list:
                validator = SchemaValidator({"type": "list", "items_schema": schema})
            else:  # the class's config for the whole validator too, as pydantic builds a model's
                validator = SchemaValidator(schema, schema["config"])
            _validators[name, as_list] = validator
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
