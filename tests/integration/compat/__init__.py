"""Compatibility across areas: clients pinned to old API versions, version gates on real daemons,
dockerapi.classic against docker-py.
"""
