"""Integration tests of the image and distribution areas: images, build, save/load/import, and the registry
(login, credentials, push, pull).
"""
