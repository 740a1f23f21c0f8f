"""The generated models by name, for the core: the models module (and pydantic) is imported on first need, so
that a client that never validates a model never pays for it; each class is made on first use
(`_model_classes.load`), and the first result of a kind builds its class's validator.

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

__all__ = ["resolve_model", "list_adapter", "models_loaded", "model_prepared", "load_models_off_loop", "quiet_gc",
           "parse_kept"]

_model_module: Any = None
_adapters: dict[str, Any] = {}
_prepared: set[str] = set()


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


def resolve_model(name: str, built: bool = False) -> Any:
    """The generated model class called `name`; with `built`, its validator built too."""
    global _model_module
    module = _model_module
    if module is not None:
        model = module.__dict__.get(name)
        if model is not None and (not built or name in _prepared):
            return model
    with quiet_gc():
        if _model_module is None:
            _model_module = importlib.import_module("dockerapi.models")
        model = getattr(_model_module, name)
        if built:
            if not model.__pydantic_complete__:
                model.model_rebuild()
            _prepared.add(name)
    return model


def models_loaded() -> bool:
    return _model_module is not None


def model_prepared(name: str | None) -> bool:
    """Whether the class of model `name` was made and its validator built (always True for None)."""
    return name is None or name in _prepared


async def load_models_off_loop(name: str | None = None, as_list: bool = False) -> None:
    """Import the models module (and pydantic), and make and build the class of model `name` (or the adapter of
    a list of them), in a worker thread, not on the event loop: tens of milliseconds the first time."""
    import asyncio

    await asyncio.to_thread(_prepare, name, as_list)


def _prepare(name: str | None, as_list: bool) -> None:
    global _model_module
    if name is None:
        with quiet_gc():
            module = importlib.import_module("dockerapi.models")
        if _model_module is None:
            _model_module = module
    elif as_list:
        list_adapter(name)
    else:
        resolve_model(name, built=True)


def list_adapter(name: str) -> Any:
    """A pydantic TypeAdapter of `list[<model name>]`, made once."""
    adapter = _adapters.get(name)
    if adapter is None:
        with quiet_gc():
            from pydantic import TypeAdapter

            # The model class is known only at run time, so `list[model]` is a run-time value, not a type
            # expression a checker can read: typed Any, it satisfies every pydantic's TypeAdapter signature
            # (2.6 takes `type[T] | Any`, 2.14 a `TypeForm[T]`) with no ignore that one of them would flag.
            list_of_model: Any = list.__class_getitem__(resolve_model(name))
            adapter = _adapters[name] = TypeAdapter(list_of_model)
    return adapter
