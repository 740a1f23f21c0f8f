"""Integration tests of the image and distribution areas: images, build, save/load/import, and the registry
(login, credentials, push, pull).
"""

# the catalog areas (spec/api/*.yaml) whose tests live here; codegen/coverage.py reads it
AREAS = ("image", "distribution")
