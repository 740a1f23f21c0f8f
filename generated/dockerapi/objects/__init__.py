# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The typed object API: objects and collections of `dockerapi.DockerClient` (sync) and `dockerapi.AsyncDockerClient` (async), one module per kind."""

from .containers import AsyncContainer, AsyncContainerCollection, Container, ContainerCollection
from .images import AsyncImage, AsyncImageCollection, Image, ImageCollection

__all__ = [
    "Container",
    "ContainerCollection",
    "AsyncContainer",
    "AsyncContainerCollection",
    "Image",
    "ImageCollection",
    "AsyncImage",
    "AsyncImageCollection",
]
