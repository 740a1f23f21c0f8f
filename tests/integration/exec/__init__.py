"""Integration tests of the exec area: exec_create, exec_start, exec_inspect, exec_resize."""
