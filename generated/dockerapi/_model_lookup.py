"""The generated models by name, for the core: the models module (pydantic and ~400 classes) is imported
on first need, so that a client that never validates a model never pays for it."""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["resolve_model", "list_adapter", "models_loaded", "load_models_off_loop"]

_model_module: Any = None
_adapters: dict[str, Any] = {}


def resolve_model(name: str) -> Any:
    """The generated model class called `name`."""
    global _model_module
    if _model_module is None:
        _model_module = importlib.import_module("dockerapi.models")
    return getattr(_model_module, name)


def models_loaded() -> bool:
    return _model_module is not None


async def load_models_off_loop() -> None:
    """Import the models module (~0.35 s) in a worker thread, not on the event loop."""
    global _model_module
    import asyncio

    module = await asyncio.to_thread(importlib.import_module, "dockerapi.models")
    if _model_module is None:
        _model_module = module


def list_adapter(name: str) -> Any:
    """A pydantic TypeAdapter of `list[<model name>]`, made once."""
    adapter = _adapters.get(name)
    if adapter is None:
        from pydantic import TypeAdapter

        # The model class is known only at run time, so `list[model]` is a run-time value, not a type
        # expression a checker can read: typed Any, it satisfies every pydantic's TypeAdapter signature
        # (2.6 takes `type[T] | Any`, 2.14 a `TypeForm[T]`) with no ignore that one of them would flag.
        list_of_model: Any = list.__class_getitem__(resolve_model(name))
        adapter = _adapters[name] = TypeAdapter(list_of_model)
    return adapter
