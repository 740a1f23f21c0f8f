# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `images` objects and their collection, sync and async side by side; generated from spec/objects/images.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast, overload

from .. import _object_plans as _plans
from .._objects import DockerObject, ObjectCollection

if TYPE_CHECKING:
    from .. import models
    from .._docker_client import AsyncDockerClient, DockerClient
    from .._model_base import DockerModel
    from .._streams import AsyncJSONStream, AsyncRawStream, JSONStream, RawStream

__all__ = ["Image", "ImageCollection", "AsyncImage", "AsyncImageCollection"]


class Image(DockerObject):
    """An image, as the daemon last described it (`attrs`); its methods act on it by id."""

    _id_field: ClassVar[str] = "Id"
    _typed: ClassVar[bool] = True
    client: DockerClient
    collection: ImageCollection

    @property
    def attrs(self) -> models.ImageInspect:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.ImageInspect", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.ImageInspect) -> None:
        self._set_attrs(value)

    @property
    def labels(self) -> dict[str, str]:
        """The labels of the image's configuration."""
        return _plans.image_labels(self._attrs)

    @property
    def tags(self) -> list[str]:
        """The image's repository:tag names (none for a dangling image)."""
        return _plans.image_tags(self._attrs)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {_plans.image_repr(self._attrs)}>"

    def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(self.client.api.inspect_image(self.id))

    def history(
        self,
        *,
        platform: dict[str, str] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageHistoryResponseItem]:
        """The layers an image was built from, newest first, like `docker history`.

        Calls `client.api.history()`. Endpoint: `GET /images/{name}/history`, API >= 1.24.

        Args:
            platform: Show one variant of a multi-platform image: a dict such as {"os": "linux",
                "architecture": "arm64"} or the same as a JSON string. API >= 1.48.

        Returns:
            list[ImageHistoryResponseItem]: One entry per layer: the instruction that made it,
                its size in bytes, its creation time (Unix seconds) and the tags pointing at it.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.history(
            image=self.id, platform=platform, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def remove(
        self,
        force: bool = False,
        noprune: bool = False,
        *,
        platforms: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageDeleteResponseItem]:
        """Remove an image or one of its tags, like `docker rmi`.

        Removing a name that is one of several tags only untags it; the layers go once the last tag
        is removed and no container uses them.

        Calls `client.api.remove_image()`. Endpoint: `DELETE /images/{name}`, API >= 1.24.

        Args:
            force: Remove even when the image has several tags or stopped containers were
                created from it. Default: `False`.
            noprune: Keep the image's untagged parent images instead of deleting them with it.
                Default: `False`.
            platforms: Remove only some variants of a multi-platform image: a list of
                JSON-encoded OCI platform strings, e.g. ['{"os": "linux", "architecture":
                "arm64"}']. API >= 1.50.

        Returns:
            list[ImageDeleteResponseItem]: What happened, one entry per name untagged
                ("Untagged") and per image or layer deleted ("Deleted").

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.remove_image(
            image=self.id,
            force=force,
            noprune=noprune,
            platforms=platforms,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def tag(
        self,
        repository: str | None = None,
        tag: str | None = None,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Give an image one more repository name and tag, like `docker tag`.

        Calls `client.api.tag()`. Endpoint: `POST /images/{name}/tag`, API >= 1.24.

        Args:
            repository: The new repository name, e.g. "myapp" or
                "registry.example.com/team/myapp".
            tag: The new tag, e.g. "v1.2"; "latest" when omitted.
            force: Kept for code written for the classic API; it changes nothing, as the daemon
                always moves an existing tag. Default: `False`.

        Returns:
            bool: True once the image carries the new name.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.tag(
            image=self.id,
            repository=repository,
            tag=tag,
            force=force,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def save(self, chunk_size: int | None = 2097152, named: bool | str = False) -> RawStream:
        """The image as a tar archive (`docker save`), streamed in chunks.

        With named the archive names the image by its first tag instead of its id, so that `docker
        load` restores the tag too.

        Calls `get_image()` of `client.api`.

        Args:
            chunk_size: Bytes per chunk of the stream (None: as they arrive). Default:
                `2097152`.
            named: Name the image in the archive: True for its first tag, or one of its tags.
                Default: `False`.

        Returns:
            RawStream

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "RawStream", self.client.api._run(_plans.image_save(self, chunk_size=chunk_size, named=named))
        )


class ImageCollection(ObjectCollection):
    """The images of the daemon (`client.images`)."""

    model: ClassVar[type[Image]] = Image
    client: DockerClient

    def get(
        self,
        name: str | Mapping[str, Any] | DockerModel | DockerObject,
        *,
        manifests: bool = False,
        platform: dict[str, str] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Image:
        """Read everything the daemon knows about one local image.

        Calls `client.api.inspect_image()`. Endpoint: `GET /images/{name}/json`, API >= 1.24.

        Args:
            name: The image, by name with an optional tag ("busybox:1.36"), by ID or ID prefix,
                or a result carrying an "Id" key.
            manifests: Add the Manifests list (each platform variant and attestation in the
                store); cannot be combined with platform. Default: `False`. API >= 1.48.
            platform: Inspect one variant of a multi-platform image: a dict such as {"os":
                "linux", "architecture": "arm64"} or the same as a JSON string. API >= 1.49.

        Returns:
            Image: The image's configuration (Cmd, Env, Entrypoint, Labels...), tags and
                digests, architecture and OS, size in bytes and layer list.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "Image",
            self.prepare_model(
                api.inspect_image(
                    image=name,
                    manifests=manifests,
                    platform=platform,
                    request_timeout=request_timeout,
                    extra_headers=extra_headers,
                )
            ),
        )

    @overload
    def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[True],
        auth_config: dict[str, Any] | None = ...,
        platform: dict[str, str] | str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]]: ...
    @overload
    def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: dict[str, str] | str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str]: ...
    @overload
    def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: dict[str, str] | str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[False] = ...,
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: dict[str, str] | str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    def push(
        self,
        repository: str,
        tag: str | None = None,
        stream: bool = False,
        auth_config: dict[str, Any] | None = None,
        decode: bool = False,
        *,
        platform: dict[str, str] | str | None = None,
        insecure_registry: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str:
        """Upload an image to the registry its name points at, like `docker push`.

        Tag the image with the registry's name first (see tag()). With stream=True, a failed push
        shows up as a line with an "error" key; without it, the call raises StreamError.

        Calls `client.api.push()`. Endpoint: `POST /images/{name}/push`, API >= 1.24.

        Args:
            repository: The local image name to push, without tag, e.g.
                "localhost:5000/team/app"; the registry is read from the name.
            tag: The tag to push; without it every local tag of the repository is pushed.
            stream: Return an iterator over the progress lines while the push runs, instead of
                all the output once it is over. Default: `False`.
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the registry are taken from login()
                or the Docker config file.
            decode: Give each progress line as a dict rather than a JSON string (the collected
                result becomes a list of dicts). Default: `False`.
            platform: Push one variant of a multi-platform image: a dict such as {"os": "linux",
                "architecture": "arm64"} or the same as a JSON string. API >= 1.46.
            insecure_registry: A keyword of old clients; whether a registry may be reached
                without TLS is now the daemon's setting. Default: `False`. Not in API >= 1.24.
                Configure insecure registries on the daemon (--insecure-registry).

        Returns:
            JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str: The
                progress output: an iterator of lines with stream=True, otherwise all of it once the
                push ends (text of JSON lines, or a list of dicts with decode=True). The last lines
                carry the pushed digest.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str",
            api.push(
                repository=repository,
                tag=tag,
                stream=stream,
                auth_config=auth_config,
                decode=decode,
                platform=platform,
                insecure_registry=insecure_registry,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    def remove(
        self,
        image: str | Mapping[str, Any] | DockerModel | DockerObject,
        force: bool = False,
        noprune: bool = False,
        *,
        platforms: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageDeleteResponseItem]:
        """Remove an image or one of its tags, like `docker rmi`.

        Removing a name that is one of several tags only untags it; the layers go once the last tag
        is removed and no container uses them.

        Calls `client.api.remove_image()`. Endpoint: `DELETE /images/{name}`, API >= 1.24.

        Args:
            image: The image, by name with an optional tag, by ID, or a result carrying an "Id"
                key.
            force: Remove even when the image has several tags or stopped containers were
                created from it. Default: `False`.
            noprune: Keep the image's untagged parent images instead of deleting them with it.
                Default: `False`.
            platforms: Remove only some variants of a multi-platform image: a list of
                JSON-encoded OCI platform strings, e.g. ['{"os": "linux", "architecture":
                "arm64"}']. API >= 1.50.

        Returns:
            list[ImageDeleteResponseItem]: What happened, one entry per name untagged
                ("Untagged") and per image or layer deleted ("Deleted").

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "list[models.ImageDeleteResponseItem]",
            api.remove_image(
                image=image,
                force=force,
                noprune=noprune,
                platforms=platforms,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    def search(
        self,
        term: str,
        limit: int | None = None,
        *,
        filters: dict[str, Any] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageSearchResponseItem]:
        """Search Docker Hub for images, like `docker search`.

        Calls `client.api.search()`. Endpoint: `GET /images/search`, API >= 1.24.

        Args:
            term: The text to look for in image names and descriptions, e.g. "nginx".
            limit: The most results to return.
            filters: Narrow the results, as a dict such as {"is-official": True} or {"stars":
                100} (at least that many stars); a str is sent as ready-made JSON.

        Returns:
            list[ImageSearchResponseItem]: One entry per match, with its name, description, star
                count and official flag.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.search(
            term=term,
            limit=limit,
            filters=filters,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def prune(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImagePruneResponse:
        """Delete images that no container uses, like `docker image prune`.

        Calls `client.api.prune_images()`. Endpoint: `POST /images/prune`, API >= 1.25.

        Args:
            filters: Which images to consider, as a dict: {"dangling": False} removes every
                unused image instead of only untagged ones; {"until": "24h"} (or a timestamp) keeps
                newer images; {"label": ["env=test"]} or {"label!": ["keep"]} select by label. A str
                is sent as ready-made JSON.

        Returns:
            ImagePruneResponse: The images untagged and deleted, and SpaceReclaimed in bytes.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.prune_images(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )

    def prune_builds(
        self,
        filters: dict[str, Any] | str | None = None,
        keep_storage: int | str | None = None,
        all: bool | None = None,
        *,
        reserved_space: int | str | None = None,
        max_used_space: int | str | None = None,
        min_free_space: int | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BuildPruneResponse:
        """Delete build cache, like `docker builder prune`.

        Calls `client.api.prune_builds()`. Endpoint: `POST /build/prune`, API >= 1.31.

        Args:
            filters: Which records to delete, as a dict such as {"until": "24h"}, {"type":
                "regular"}, {"inuse": False} or {"shared": True}; "id", "parent", "description" and
                "private" are also understood. A str is sent as ready-made JSON. API >= 1.39.
            keep_storage: The older name of reserved_space; bytes or a string such as "10g". API
                >= 1.39. Not in API >= 1.52.
            all: Consider every type of cache record, not only those the default prune selects.
                API >= 1.39.
            reserved_space: Disk space the cache may always keep, in bytes or as a string such
                as "10g". API >= 1.48.
            max_used_space: The most disk space the cache may still use once pruned, in bytes or
                as a string such as "20g". API >= 1.48.
            min_free_space: Prune until at least this much disk space is free, in bytes or as a
                string such as "5g". API >= 1.48.

        Returns:
            BuildPruneResponse: The IDs of the deleted cache records and SpaceReclaimed in
                bytes.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self.client.api.prune_builds(
            filters=filters,
            keep_storage=keep_storage,
            all=all,
            reserved_space=reserved_space,
            max_used_space=max_used_space,
            min_free_space=min_free_space,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    def list(
        self, name: str | None = None, all: bool = False, filters: dict[str, Any] | None = None
    ) -> list[Image]:
        """The images, each with its whole description (one inspect each, made concurrently).

        Calls `images()`, `inspect_image()` of `client.api`.

        Args:
            name: Only images of this repository (optionally repository:tag).
            all: Also list intermediate images. Default: `False`.
            filters: Filters as the daemon takes them: {"dangling": True}, {"label": ["a=b"]}.

        Returns:
            list[Image]

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "list[Image]", self.client.api._run(_plans.images_list(self, name=name, all=all, filters=filters))
        )


class AsyncImage(DockerObject):
    """An image, as the daemon last described it (`attrs`); its methods act on it by id."""

    _id_field: ClassVar[str] = "Id"
    _typed: ClassVar[bool] = True
    client: AsyncDockerClient
    collection: AsyncImageCollection

    @property
    def attrs(self) -> models.ImageInspect:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.ImageInspect", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.ImageInspect) -> None:
        self._set_attrs(value)

    @property
    def labels(self) -> dict[str, str]:
        """The labels of the image's configuration."""
        return _plans.image_labels(self._attrs)

    @property
    def tags(self) -> list[str]:
        """The image's repository:tag names (none for a dangling image)."""
        return _plans.image_tags(self._attrs)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {_plans.image_repr(self._attrs)}>"

    async def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(await self.client.api.inspect_image(self.id))

    async def history(
        self,
        *,
        platform: dict[str, str] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageHistoryResponseItem]:
        """The layers an image was built from, newest first, like `docker history`.

        Calls `client.api.history()`. Endpoint: `GET /images/{name}/history`, API >= 1.24.

        Args:
            platform: Show one variant of a multi-platform image: a dict such as {"os": "linux",
                "architecture": "arm64"} or the same as a JSON string. API >= 1.48.

        Returns:
            list[ImageHistoryResponseItem]: One entry per layer: the instruction that made it,
                its size in bytes, its creation time (Unix seconds) and the tags pointing at it.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.client.api.history(
            image=self.id, platform=platform, request_timeout=request_timeout, extra_headers=extra_headers
        )

    async def remove(
        self,
        force: bool = False,
        noprune: bool = False,
        *,
        platforms: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageDeleteResponseItem]:
        """Remove an image or one of its tags, like `docker rmi`.

        Removing a name that is one of several tags only untags it; the layers go once the last tag
        is removed and no container uses them.

        Calls `client.api.remove_image()`. Endpoint: `DELETE /images/{name}`, API >= 1.24.

        Args:
            force: Remove even when the image has several tags or stopped containers were
                created from it. Default: `False`.
            noprune: Keep the image's untagged parent images instead of deleting them with it.
                Default: `False`.
            platforms: Remove only some variants of a multi-platform image: a list of
                JSON-encoded OCI platform strings, e.g. ['{"os": "linux", "architecture":
                "arm64"}']. API >= 1.50.

        Returns:
            list[ImageDeleteResponseItem]: What happened, one entry per name untagged
                ("Untagged") and per image or layer deleted ("Deleted").

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.client.api.remove_image(
            image=self.id,
            force=force,
            noprune=noprune,
            platforms=platforms,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    async def tag(
        self,
        repository: str | None = None,
        tag: str | None = None,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Give an image one more repository name and tag, like `docker tag`.

        Calls `client.api.tag()`. Endpoint: `POST /images/{name}/tag`, API >= 1.24.

        Args:
            repository: The new repository name, e.g. "myapp" or
                "registry.example.com/team/myapp".
            tag: The new tag, e.g. "v1.2"; "latest" when omitted.
            force: Kept for code written for the classic API; it changes nothing, as the daemon
                always moves an existing tag. Default: `False`.

        Returns:
            bool: True once the image carries the new name.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.client.api.tag(
            image=self.id,
            repository=repository,
            tag=tag,
            force=force,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    async def save(self, chunk_size: int | None = 2097152, named: bool | str = False) -> AsyncRawStream:
        """The image as a tar archive (`docker save`), streamed in chunks.

        With named the archive names the image by its first tag instead of its id, so that `docker
        load` restores the tag too.

        Calls `get_image()` of `client.api`.

        Args:
            chunk_size: Bytes per chunk of the stream (None: as they arrive). Default:
                `2097152`.
            named: Name the image in the archive: True for its first tag, or one of its tags.
                Default: `False`.

        Returns:
            AsyncRawStream

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "AsyncRawStream",
            await self.client.api._run(_plans.image_save(self, chunk_size=chunk_size, named=named)),
        )


class AsyncImageCollection(ObjectCollection):
    """The images of the daemon (`client.images`)."""

    model: ClassVar[type[AsyncImage]] = AsyncImage
    client: AsyncDockerClient

    async def get(
        self,
        name: str | Mapping[str, Any] | DockerModel | DockerObject,
        *,
        manifests: bool = False,
        platform: dict[str, str] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncImage:
        """Read everything the daemon knows about one local image.

        Calls `client.api.inspect_image()`. Endpoint: `GET /images/{name}/json`, API >= 1.24.

        Args:
            name: The image, by name with an optional tag ("busybox:1.36"), by ID or ID prefix,
                or a result carrying an "Id" key.
            manifests: Add the Manifests list (each platform variant and attestation in the
                store); cannot be combined with platform. Default: `False`. API >= 1.48.
            platform: Inspect one variant of a multi-platform image: a dict such as {"os":
                "linux", "architecture": "arm64"} or the same as a JSON string. API >= 1.49.

        Returns:
            AsyncImage: The image's configuration (Cmd, Env, Entrypoint, Labels...), tags and
                digests, architecture and OS, size in bytes and layer list.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "AsyncImage",
            self.prepare_model(
                await api.inspect_image(
                    image=name,
                    manifests=manifests,
                    platform=platform,
                    request_timeout=request_timeout,
                    extra_headers=extra_headers,
                )
            ),
        )

    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[True],
        auth_config: dict[str, Any] | None = ...,
        platform: dict[str, str] | str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]]: ...
    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: dict[str, str] | str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str]: ...
    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: dict[str, str] | str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    async def push(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[False] = ...,
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: dict[str, str] | str | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    async def push(
        self,
        repository: str,
        tag: str | None = None,
        stream: bool = False,
        auth_config: dict[str, Any] | None = None,
        decode: bool = False,
        *,
        platform: dict[str, str] | str | None = None,
        insecure_registry: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | AsyncJSONStream[str] | list[dict[str, Any]] | str:
        """Upload an image to the registry its name points at, like `docker push`.

        Tag the image with the registry's name first (see tag()). With stream=True, a failed push
        shows up as a line with an "error" key; without it, the call raises StreamError.

        Calls `client.api.push()`. Endpoint: `POST /images/{name}/push`, API >= 1.24.

        Args:
            repository: The local image name to push, without tag, e.g.
                "localhost:5000/team/app"; the registry is read from the name.
            tag: The tag to push; without it every local tag of the repository is pushed.
            stream: Return an iterator over the progress lines while the push runs, instead of
                all the output once it is over. Default: `False`.
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the registry are taken from login()
                or the Docker config file.
            decode: Give each progress line as a dict rather than a JSON string (the collected
                result becomes a list of dicts). Default: `False`.
            platform: Push one variant of a multi-platform image: a dict such as {"os": "linux",
                "architecture": "arm64"} or the same as a JSON string. API >= 1.46.
            insecure_registry: A keyword of old clients; whether a registry may be reached
                without TLS is now the daemon's setting. Default: `False`. Not in API >= 1.24.
                Configure insecure registries on the daemon (--insecure-registry).

        Returns:
            AsyncJSONStream[dict[str, Any]] | AsyncJSONStream[str] | list[dict[str, Any]] | str:
                The progress output: an iterator of lines with stream=True, otherwise all of it once
                the push ends (text of JSON lines, or a list of dicts with decode=True). The last
                lines carry the pushed digest.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "AsyncJSONStream[dict[str, Any]] | AsyncJSONStream[str] | list[dict[str, Any]] | str",
            await api.push(
                repository=repository,
                tag=tag,
                stream=stream,
                auth_config=auth_config,
                decode=decode,
                platform=platform,
                insecure_registry=insecure_registry,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    async def remove(
        self,
        image: str | Mapping[str, Any] | DockerModel | DockerObject,
        force: bool = False,
        noprune: bool = False,
        *,
        platforms: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageDeleteResponseItem]:
        """Remove an image or one of its tags, like `docker rmi`.

        Removing a name that is one of several tags only untags it; the layers go once the last tag
        is removed and no container uses them.

        Calls `client.api.remove_image()`. Endpoint: `DELETE /images/{name}`, API >= 1.24.

        Args:
            image: The image, by name with an optional tag, by ID, or a result carrying an "Id"
                key.
            force: Remove even when the image has several tags or stopped containers were
                created from it. Default: `False`.
            noprune: Keep the image's untagged parent images instead of deleting them with it.
                Default: `False`.
            platforms: Remove only some variants of a multi-platform image: a list of
                JSON-encoded OCI platform strings, e.g. ['{"os": "linux", "architecture":
                "arm64"}']. API >= 1.50.

        Returns:
            list[ImageDeleteResponseItem]: What happened, one entry per name untagged
                ("Untagged") and per image or layer deleted ("Deleted").

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            Conflict: the object's state forbids this, e.g. in use, running, or a name taken
                (the daemon answered 409).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        api: Any = self.client.api
        return cast(
            "list[models.ImageDeleteResponseItem]",
            await api.remove_image(
                image=image,
                force=force,
                noprune=noprune,
                platforms=platforms,
                request_timeout=request_timeout,
                extra_headers=extra_headers,
            ),
        )

    async def search(
        self,
        term: str,
        limit: int | None = None,
        *,
        filters: dict[str, Any] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageSearchResponseItem]:
        """Search Docker Hub for images, like `docker search`.

        Calls `client.api.search()`. Endpoint: `GET /images/search`, API >= 1.24.

        Args:
            term: The text to look for in image names and descriptions, e.g. "nginx".
            limit: The most results to return.
            filters: Narrow the results, as a dict such as {"is-official": True} or {"stars":
                100} (at least that many stars); a str is sent as ready-made JSON.

        Returns:
            list[ImageSearchResponseItem]: One entry per match, with its name, description, star
                count and official flag.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.client.api.search(
            term=term,
            limit=limit,
            filters=filters,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    async def prune(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImagePruneResponse:
        """Delete images that no container uses, like `docker image prune`.

        Calls `client.api.prune_images()`. Endpoint: `POST /images/prune`, API >= 1.25.

        Args:
            filters: Which images to consider, as a dict: {"dangling": False} removes every
                unused image instead of only untagged ones; {"until": "24h"} (or a timestamp) keeps
                newer images; {"label": ["env=test"]} or {"label!": ["keep"]} select by label. A str
                is sent as ready-made JSON.

        Returns:
            ImagePruneResponse: The images untagged and deleted, and SpaceReclaimed in bytes.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.client.api.prune_images(
            filters=filters, request_timeout=request_timeout, extra_headers=extra_headers
        )

    async def prune_builds(
        self,
        filters: dict[str, Any] | str | None = None,
        keep_storage: int | str | None = None,
        all: bool | None = None,
        *,
        reserved_space: int | str | None = None,
        max_used_space: int | str | None = None,
        min_free_space: int | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BuildPruneResponse:
        """Delete build cache, like `docker builder prune`.

        Calls `client.api.prune_builds()`. Endpoint: `POST /build/prune`, API >= 1.31.

        Args:
            filters: Which records to delete, as a dict such as {"until": "24h"}, {"type":
                "regular"}, {"inuse": False} or {"shared": True}; "id", "parent", "description" and
                "private" are also understood. A str is sent as ready-made JSON. API >= 1.39.
            keep_storage: The older name of reserved_space; bytes or a string such as "10g". API
                >= 1.39. Not in API >= 1.52.
            all: Consider every type of cache record, not only those the default prune selects.
                API >= 1.39.
            reserved_space: Disk space the cache may always keep, in bytes or as a string such
                as "10g". API >= 1.48.
            max_used_space: The most disk space the cache may still use once pruned, in bytes or
                as a string such as "20g". API >= 1.48.
            min_free_space: Prune until at least this much disk space is free, in bytes or as a
                string such as "5g". API >= 1.48.

        Returns:
            BuildPruneResponse: The IDs of the deleted cache records and SpaceReclaimed in
                bytes.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self.client.api.prune_builds(
            filters=filters,
            keep_storage=keep_storage,
            all=all,
            reserved_space=reserved_space,
            max_used_space=max_used_space,
            min_free_space=min_free_space,
            request_timeout=request_timeout,
            extra_headers=extra_headers,
        )

    async def list(
        self, name: str | None = None, all: bool = False, filters: dict[str, Any] | None = None
    ) -> list[AsyncImage]:
        """The images, each with its whole description (one inspect each, made concurrently).

        Calls `images()`, `inspect_image()` of `client.api`.

        Args:
            name: Only images of this repository (optionally repository:tag).
            all: Also list intermediate images. Default: `False`.
            filters: Filters as the daemon takes them: {"dangling": True}, {"label": ["a=b"]}.

        Returns:
            list[AsyncImage]

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "list[AsyncImage]",
            await self.client.api._run(_plans.images_list(self, name=name, all=all, filters=filters)),
        )
