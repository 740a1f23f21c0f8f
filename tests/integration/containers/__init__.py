"""Integration tests of the container area: create, lifecycle, logs/attach/archives/stats, and the oracle,
seed and docker-py comparisons for containers.
"""

# the catalog areas (spec/api/*.yaml) whose tests live here; codegen/coverage.py reads it
AREAS = ("container",)
