# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""One module a class of `dockerapi.models`: see `_model_classes`."""
