"""Integration tests of the network area."""
