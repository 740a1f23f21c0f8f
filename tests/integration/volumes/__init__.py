"""Integration tests of the volume area."""
