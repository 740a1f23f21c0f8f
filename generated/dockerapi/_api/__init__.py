# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""One module per catalog area; `Client` and `AsyncClient` combine them."""
