"""Integration tests of the swarm areas on the swarm managers: swarm, node, service, task, secret, config."""
