"""Integration tests of the swarm areas on the swarm managers: swarm, node, service, task, secret, config."""

# the catalog areas (spec/api/*.yaml) whose tests live here; codegen/coverage.py reads it
AREAS = ("swarm", "node", "service", "task", "secret", "config")
