"""Integration tests of the system, plugin and session areas: info, version, ping, df, events, plugins,
session, prunes.
"""

# the catalog areas (spec/api/*.yaml) whose tests live here; codegen/coverage.py reads it
AREAS = ("system", "plugin", "session")
