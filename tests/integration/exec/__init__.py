"""Integration tests of the exec area: exec_create, exec_start, exec_inspect, exec_resize."""

# the catalog areas (spec/api/*.yaml) whose tests live here; codegen/coverage.py reads it
AREAS = ("exec",)
