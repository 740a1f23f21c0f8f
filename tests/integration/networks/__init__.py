"""Integration tests of the network area."""

# the catalog areas (spec/api/*.yaml) whose tests live here; codegen/coverage.py reads it
AREAS = ("network",)
