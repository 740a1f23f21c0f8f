# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `images` objects and their collection, sync and async side by side; generated from spec/objects/images.yaml."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any, ClassVar, Literal, cast, overload

from .. import _object_plans as _plans
from .._objects import AsyncImageStream, DockerObject, ImageStream, ObjectCollection

if TYPE_CHECKING:
    from .. import models
    from .._docker_client import AsyncDockerClient, DockerClient
    from .._model_base import DockerModel
    from .._streams import AsyncJSONStream, AsyncRawStream, JSONStream, RawStream

__all__ = [
    "Image",
    "RegistryData",
    "ImageCollection",
    "AsyncImage",
    "AsyncRegistryData",
    "AsyncImageCollection",
]


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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            "RawStream",
            self.client.api._run(_plans.image_save(self, chunk_size=chunk_size, named=named), "Image.save"),
        )


class RegistryData(DockerObject):
    """What a registry says of an image name (`docker manifest inspect`, in short): the digest it points at (the id) and the platforms it is available for; `reload()` asks the registry again."""

    _id_field: ClassVar[str] = "Descriptor.digest"
    _typed: ClassVar[bool] = True
    client: DockerClient
    collection: ImageCollection
    #: The image name the registry was asked about.
    image_name: str

    @property
    def attrs(self) -> models.DistributionInspect:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.DistributionInspect", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.DistributionInspect) -> None:
        self._set_attrs(value)

    def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(self.client.api.inspect_distribution(self.image_name))

    def pull(self, platform: str | None = None) -> Image:
        """Pull the image at exactly this digest and return it.

        Calls `pull()`, `inspect_image()` of `client.api`.

        Args:
            platform: The platform to pull, as os[/arch[/variant]] (default: the daemon's).

        Returns:
            Image

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
            "Image",
            self.client.api._run(_plans.registry_data_pull(self, platform=platform), "RegistryData.pull"),
        )

    def has_platform(self, platform: str | dict[str, str]) -> bool:
        """Whether the registry has the image for this platform.

        What the platform leaves out (the OS, the architecture) is taken from the daemon, so "linux"
        means linux on the daemon's architecture. Raises InvalidArgument for a text that is not
        os[/arch[/variant]].

        Calls `version()` of `client.api`.

        Args:
            platform: os[/arch[/variant]], or a dict with os, architecture and variant keys.

        Returns:
            bool

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "bool",
            self.client.api._run(
                _plans.registry_data_has_platform(self, platform=platform), "RegistryData.has_platform"
            ),
        )


class ImageCollection(ObjectCollection):
    """The images of the daemon (`client.images`)."""

    model: ClassVar[type[Image]] = Image
    _attribute: ClassVar[str] = "images"
    _kinds: ClassVar[dict[str, Any]] = {"RegistryData": RegistryData}
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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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

    def build(
        self,
        *,
        path: str | None = None,
        tag: str | None = None,
        quiet: bool = False,
        fileobj: Any = None,
        nocache: bool = False,
        rm: bool = False,
        timeout: float | None = None,
        custom_context: bool = False,
        encoding: str | None = None,
        pull: bool | None = False,
        forcerm: bool = False,
        dockerfile: str | None = None,
        container_limits: dict[str, int | str] | None = None,
        buildargs: dict[str, str] | None = None,
        gzip: bool = False,
        shmsize: int | str | None = None,
        labels: dict[str, str] | None = None,
        cache_from: list[str] | None = None,
        target: str | None = None,
        network_mode: str | None = None,
        squash: bool | None = None,
        extra_hosts: dict[str, str] | list[str] | None = None,
        platform: str | None = None,
        memory: int | str | None = None,
        memswap: int | str | None = None,
        cpushares: int | None = None,
        cpusetcpus: str | None = None,
        cpuperiod: int | None = None,
        cpuquota: int | None = None,
        outputs: str | None = None,
        version: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        isolation: str | None = None,
        use_config_proxy: bool = True,
    ) -> ImageStream[Image]:
        """Build an image (`docker build`) from a context directory or archive.

        Every keyword of the low-level build() is accepted; the context is `path` or `fileobj`. The
        typed faces return at once with the build under way: iterate the result for the daemon's
        messages as they arrive (they suit dockerapi.progress.show_progress), and `result()` gives
        the Image once the build has ended, or raises BuildError (`msg`, `build_log`) when it
        failed. dockerapi.classic returns when the build has ended: the Image and an iterator over
        the log.

        Calls `build()`, `inspect_image()` of `client.api`.

        Args:
            path: The build context: a local directory, or a URL the daemon fetches itself
                (starting with http://, https://, git://, git@ or github.com/): a Git repository, a
                tar archive or a lone Dockerfile.
            tag: Name for the resulting image, "name" or "name:tag"; "latest" when the tag part
                is left out.
            quiet: Keep the output short (no step-by-step log), mostly just the final image ID.
                Default: `False`.
            fileobj: A file object holding a Dockerfile (the context is then that file alone),
                or, with custom_context=True, a ready tar archive of the whole context.
            nocache: Run every step again instead of reusing cached layers. Default: `False`.
            rm: Clean up the temporary container of each step once the whole build has
                succeeded. Default: `False`.
            timeout: Seconds to wait for this call; it also bounds the wait between two pieces
                of output, so a step silent for longer fails the call. Without it a build may run
                for as long as it needs: no read deadline between output lines, as in docker-py (the
                client's timeout still bounds the connect).
            custom_context: Send fileobj unchanged as the complete tar context, instead of
                wrapping it as a lone Dockerfile. Default: `False`.
            encoding: The compression of a custom context, sent as its Content-Encoding, e.g.
                "gzip".
            pull: Ask the registry for a newer version of each base image even when one is
                present locally. Default: `False`.
            forcerm: Clean up the temporary container of each step even when the build fails.
                Default: `False`.
            dockerfile: Path of the Dockerfile relative to the context, e.g.
                "docker/Dockerfile.prod"; with a local path, a Dockerfile outside the directory also
                works (it is added to the context under a generated name).
            container_limits: The build containers' limits in one dict with the keys "memory"
                and "memswap" (bytes, or strings such as "1g"), "cpushares" and "cpusetcpus"; an
                alternative to those keywords.
            buildargs: Values for the Dockerfile's ARG variables, as a dict of strings; they are
                visible in the image history, so not for secrets.
            gzip: Compress the tar made from path with gzip before sending it. Default: `False`.
            shmsize: Size of /dev/shm in build containers, in bytes as an int or a string such
                as "128m"; the daemon picks 64 MiB when unset.
            labels: Labels to put on the resulting image, as a dict of strings.
            cache_from: Images the builder may reuse layers from, as a list of image references.
                API >= 1.25.
            target: The stage of a multi-stage Dockerfile to stop at, by its `AS` name. API >=
                1.29.
            network_mode: Network of the RUN steps: "bridge", "host", "none", "container:<name
                or id>", or the name or ID of a user-defined network. API >= 1.25.
            squash: Merge the layers the build adds into one (classic builder on a daemon with
                experimental features). API >= 1.25.
            extra_hosts: Extra /etc/hosts entries for the build steps, as a dict such as
                {"db.local": "10.0.0.5"} or a list of "host:ip" strings. API >= 1.28.
            platform: Platform to build for, as "os[/arch[/variant]]", e.g. "linux/arm64". API
                >= 1.32.
            memory: Memory limit of each build step's container, in bytes as an int or as a
                string such as "512m" or "2g".
            memswap: Memory plus swap allowed to build containers, in the same forms as memory;
                -1 removes the swap limit.
            cpushares: Relative CPU weight of build containers (1024 is the usual baseline).
            cpusetcpus: CPUs the build containers may run on, e.g. "0-3" or "0,2".
            cpuperiod: Length of the CPU scheduling period for build containers, in
                microseconds.
            cpuquota: CPU time build containers may use in each period, in microseconds.
            outputs: BuildKit output settings as a JSON string: a list of objects whose "Type"
                is "moby" and whose "Attrs" map holds the exporter's options. API >= 1.40.
            version: The builder to use, "1" for the classic builder or "2" for BuildKit. API >=
                1.38.
            data: Not used; the request body is always made from path or fileobj (pass a ready
                tar as fileobj with custom_context=True).
            isolation: How the build containers are isolated: 'default', 'process' or 'hyperv'
                (the last two matter on Windows daemons).
            use_config_proxy: Add the proxy settings of the client's config.json (HTTP_PROXY and
                friends) as build arguments, unless the caller gives those arguments itself.
                Default: `True`.

        Returns:
            ImageStream[Image]

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            ImageNotFound: no such image (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "ImageStream[Image]",
            self.client.api._run(
                _plans.images_build(
                    self,
                    keywords={
                        "build": {
                            "path": path,
                            "tag": tag,
                            "quiet": quiet,
                            "fileobj": fileobj,
                            "nocache": nocache,
                            "rm": rm,
                            "timeout": timeout,
                            "custom_context": custom_context,
                            "encoding": encoding,
                            "pull": pull,
                            "forcerm": forcerm,
                            "dockerfile": dockerfile,
                            "container_limits": container_limits,
                            "buildargs": buildargs,
                            "gzip": gzip,
                            "shmsize": shmsize,
                            "labels": labels,
                            "cache_from": cache_from,
                            "target": target,
                            "network_mode": network_mode,
                            "squash": squash,
                            "extra_hosts": extra_hosts,
                            "platform": platform,
                            "memory": memory,
                            "memswap": memswap,
                            "cpushares": cpushares,
                            "cpusetcpus": cpusetcpus,
                            "cpuperiod": cpuperiod,
                            "cpuquota": cpuquota,
                            "outputs": outputs,
                            "version": version,
                            "data": data,
                            "isolation": isolation,
                            "use_config_proxy": use_config_proxy,
                        },
                    },
                ),
                "images.build",
            ),
        )

    @overload
    def pull(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        all_tags: Literal[True],
        stream: Literal[True],
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
    ) -> ImageStream[list[Image]]: ...
    @overload
    def pull(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        all_tags: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
    ) -> ImageStream[Image]: ...
    @overload
    def pull(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        all_tags: Literal[True],
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
    ) -> list[Image]: ...
    @overload
    def pull(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        all_tags: Literal[False] = ...,
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
    ) -> Image: ...

    def pull(
        self,
        repository: str,
        tag: str | None = None,
        all_tags: bool = False,
        *,
        stream: bool = False,
        auth_config: dict[str, Any] | None = None,
        platform: str | None = None,
        insecure_registry: bool = False,
    ) -> Image | list[Image] | ImageStream[Image] | ImageStream[list[Image]]:
        """Pull an image (`docker pull`) and return it.

        The tag comes from `tag`, else from the repository (`busybox:1.36`), else is latest; a
        digest (`sha256:...`) pulls exactly that image. With all_tags every tag of the repository is
        pulled and they are returned as a list. In the typed faces stream=True returns at once:
        iterate the result for the daemon's progress messages (they suit
        dockerapi.progress.show_progress), then `result()` gives the image(s). dockerapi.classic
        ignores stream with a warning, as docker-py does.

        Calls `pull()`, `inspect_image()`, `images()` of `client.api`.

        Args:
            repository: The repository, optionally with :tag or @digest.
            tag: The tag or digest to pull (default: the repository's, else latest).
            all_tags: Pull every tag of the repository and return them all. Default: `False`.
            stream: Typed faces: return the progress messages to iterate, then result().
                Default: `False`.
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the image's registry are taken from
                login() or the Docker config file.
            platform: The variant to pull from a multi-platform image, as "os[/arch[/variant]]",
                e.g. "linux/arm64". API >= 1.32.
            insecure_registry: A keyword of old clients; whether a registry may be reached
                without TLS is now the daemon's setting. Default: `False`. Not in API >= 1.24.
                Configure insecure registries on the daemon (--insecure-registry).

        Returns:
            Image | list[Image] | ImageStream[Image] | ImageStream[list[Image]]

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
            "Image | list[Image] | ImageStream[Image] | ImageStream[list[Image]]",
            self.client.api._run(
                _plans.images_pull(
                    self,
                    repository=repository,
                    tag=tag,
                    all_tags=all_tags,
                    stream=stream,
                    keywords={
                        "pull": {
                            "auth_config": auth_config,
                            "platform": platform,
                            "insecure_registry": insecure_registry,
                        },
                    },
                ),
                "images.pull",
            ),
        )

    def load(self, data: Any) -> list[Image]:
        """Load images from a tar archive (`docker load`, what Image.save() writes) and return them.

        Raises ImageLoadError when the daemon refuses the archive. The typed faces raise it too when
        the daemon loaded no image from it (dockerapi.classic returns an empty list then, as
        docker-py).

        Calls `load_image()`, `inspect_image()` of `client.api`.

        Args:
            data: The archive: bytes, a binary file, or an iterable of chunks (such as
                Image.save()).

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
        return cast("list[Image]", self.client.api._run(_plans.images_load(self, data=data), "images.load"))

    def get_registry_data(self, name: str, auth_config: dict[str, Any] | None = None) -> RegistryData:
        """Ask the registry about an image name without pulling it.

        Calls `inspect_distribution()` of `client.api`.

        Args:
            name: The image name, as for pull.
            auth_config: Credentials for the registry (username and password) instead of those
                of the Docker config.

        Returns:
            RegistryData

        Raises:
            APIError: the daemon refused the request (status 401); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "RegistryData",
            self.client.api._run(
                _plans.images_registry_data(self, name=name, auth_config=auth_config),
                "images.get_registry_data",
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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
        """The images, each with its whole description (one inspect each, pipelined on a few connections).

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
            "list[Image]",
            self.client.api._run(
                _plans.images_list(self, name=name, all=all, filters=filters), "images.list"
            ),
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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            await self.client.api._run(
                _plans.image_save(self, chunk_size=chunk_size, named=named), "Image.save"
            ),
        )


class AsyncRegistryData(DockerObject):
    """What a registry says of an image name (`docker manifest inspect`, in short): the digest it points at (the id) and the platforms it is available for; `reload()` asks the registry again."""

    _id_field: ClassVar[str] = "Descriptor.digest"
    _typed: ClassVar[bool] = True
    client: AsyncDockerClient
    collection: AsyncImageCollection
    #: The image name the registry was asked about.
    image_name: str

    @property
    def attrs(self) -> models.DistributionInspect:
        """The daemon's description of the object, as of creation or the last `reload()`."""
        return cast("models.DistributionInspect", self._get_attrs())

    @attrs.setter
    def attrs(self, value: models.DistributionInspect) -> None:
        self._set_attrs(value)

    async def reload(self) -> None:
        """Read the object's description from the daemon again (`attrs`)."""
        self._set_attrs(await self.client.api.inspect_distribution(self.image_name))

    async def pull(self, platform: str | None = None) -> AsyncImage:
        """Pull the image at exactly this digest and return it.

        Calls `pull()`, `inspect_image()` of `client.api`.

        Args:
            platform: The platform to pull, as os[/arch[/variant]] (default: the daemon's).

        Returns:
            AsyncImage

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
            "AsyncImage",
            await self.client.api._run(
                _plans.registry_data_pull(self, platform=platform), "RegistryData.pull"
            ),
        )

    async def has_platform(self, platform: str | dict[str, str]) -> bool:
        """Whether the registry has the image for this platform.

        What the platform leaves out (the OS, the architecture) is taken from the daemon, so "linux"
        means linux on the daemon's architecture. Raises InvalidArgument for a text that is not
        os[/arch[/variant]].

        Calls `version()` of `client.api`.

        Args:
            platform: os[/arch[/variant]], or a dict with os, architecture and variant keys.

        Returns:
            bool

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "bool",
            await self.client.api._run(
                _plans.registry_data_has_platform(self, platform=platform), "RegistryData.has_platform"
            ),
        )


class AsyncImageCollection(ObjectCollection):
    """The images of the daemon (`client.images`)."""

    model: ClassVar[type[AsyncImage]] = AsyncImage
    _attribute: ClassVar[str] = "images"
    _kinds: ClassVar[dict[str, Any]] = {"RegistryData": AsyncRegistryData}
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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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

    async def build(
        self,
        *,
        path: str | None = None,
        tag: str | None = None,
        quiet: bool = False,
        fileobj: Any = None,
        nocache: bool = False,
        rm: bool = False,
        timeout: float | None = None,
        custom_context: bool = False,
        encoding: str | None = None,
        pull: bool | None = False,
        forcerm: bool = False,
        dockerfile: str | None = None,
        container_limits: dict[str, int | str] | None = None,
        buildargs: dict[str, str] | None = None,
        gzip: bool = False,
        shmsize: int | str | None = None,
        labels: dict[str, str] | None = None,
        cache_from: list[str] | None = None,
        target: str | None = None,
        network_mode: str | None = None,
        squash: bool | None = None,
        extra_hosts: dict[str, str] | list[str] | None = None,
        platform: str | None = None,
        memory: int | str | None = None,
        memswap: int | str | None = None,
        cpushares: int | None = None,
        cpusetcpus: str | None = None,
        cpuperiod: int | None = None,
        cpuquota: int | None = None,
        outputs: str | None = None,
        version: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        isolation: str | None = None,
        use_config_proxy: bool = True,
    ) -> AsyncImageStream[AsyncImage]:
        """Build an image (`docker build`) from a context directory or archive.

        Every keyword of the low-level build() is accepted; the context is `path` or `fileobj`. The
        typed faces return at once with the build under way: iterate the result for the daemon's
        messages as they arrive (they suit dockerapi.progress.show_progress), and `result()` gives
        the Image once the build has ended, or raises BuildError (`msg`, `build_log`) when it
        failed. dockerapi.classic returns when the build has ended: the Image and an iterator over
        the log.

        Calls `build()`, `inspect_image()` of `client.api`.

        Args:
            path: The build context: a local directory, or a URL the daemon fetches itself
                (starting with http://, https://, git://, git@ or github.com/): a Git repository, a
                tar archive or a lone Dockerfile.
            tag: Name for the resulting image, "name" or "name:tag"; "latest" when the tag part
                is left out.
            quiet: Keep the output short (no step-by-step log), mostly just the final image ID.
                Default: `False`.
            fileobj: A file object holding a Dockerfile (the context is then that file alone),
                or, with custom_context=True, a ready tar archive of the whole context.
            nocache: Run every step again instead of reusing cached layers. Default: `False`.
            rm: Clean up the temporary container of each step once the whole build has
                succeeded. Default: `False`.
            timeout: Seconds to wait for this call; it also bounds the wait between two pieces
                of output, so a step silent for longer fails the call. Without it a build may run
                for as long as it needs: no read deadline between output lines, as in docker-py (the
                client's timeout still bounds the connect).
            custom_context: Send fileobj unchanged as the complete tar context, instead of
                wrapping it as a lone Dockerfile. Default: `False`.
            encoding: The compression of a custom context, sent as its Content-Encoding, e.g.
                "gzip".
            pull: Ask the registry for a newer version of each base image even when one is
                present locally. Default: `False`.
            forcerm: Clean up the temporary container of each step even when the build fails.
                Default: `False`.
            dockerfile: Path of the Dockerfile relative to the context, e.g.
                "docker/Dockerfile.prod"; with a local path, a Dockerfile outside the directory also
                works (it is added to the context under a generated name).
            container_limits: The build containers' limits in one dict with the keys "memory"
                and "memswap" (bytes, or strings such as "1g"), "cpushares" and "cpusetcpus"; an
                alternative to those keywords.
            buildargs: Values for the Dockerfile's ARG variables, as a dict of strings; they are
                visible in the image history, so not for secrets.
            gzip: Compress the tar made from path with gzip before sending it. Default: `False`.
            shmsize: Size of /dev/shm in build containers, in bytes as an int or a string such
                as "128m"; the daemon picks 64 MiB when unset.
            labels: Labels to put on the resulting image, as a dict of strings.
            cache_from: Images the builder may reuse layers from, as a list of image references.
                API >= 1.25.
            target: The stage of a multi-stage Dockerfile to stop at, by its `AS` name. API >=
                1.29.
            network_mode: Network of the RUN steps: "bridge", "host", "none", "container:<name
                or id>", or the name or ID of a user-defined network. API >= 1.25.
            squash: Merge the layers the build adds into one (classic builder on a daemon with
                experimental features). API >= 1.25.
            extra_hosts: Extra /etc/hosts entries for the build steps, as a dict such as
                {"db.local": "10.0.0.5"} or a list of "host:ip" strings. API >= 1.28.
            platform: Platform to build for, as "os[/arch[/variant]]", e.g. "linux/arm64". API
                >= 1.32.
            memory: Memory limit of each build step's container, in bytes as an int or as a
                string such as "512m" or "2g".
            memswap: Memory plus swap allowed to build containers, in the same forms as memory;
                -1 removes the swap limit.
            cpushares: Relative CPU weight of build containers (1024 is the usual baseline).
            cpusetcpus: CPUs the build containers may run on, e.g. "0-3" or "0,2".
            cpuperiod: Length of the CPU scheduling period for build containers, in
                microseconds.
            cpuquota: CPU time build containers may use in each period, in microseconds.
            outputs: BuildKit output settings as a JSON string: a list of objects whose "Type"
                is "moby" and whose "Attrs" map holds the exporter's options. API >= 1.40.
            version: The builder to use, "1" for the classic builder or "2" for BuildKit. API >=
                1.38.
            data: Not used; the request body is always made from path or fileobj (pass a ready
                tar as fileobj with custom_context=True).
            isolation: How the build containers are isolated: 'default', 'process' or 'hyperv'
                (the last two matter on Windows daemons).
            use_config_proxy: Add the proxy settings of the client's config.json (HTTP_PROXY and
                friends) as build arguments, unless the caller gives those arguments itself.
                Default: `True`.

        Returns:
            AsyncImageStream[AsyncImage]

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            ImageNotFound: no such image (the daemon answered 404).
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "AsyncImageStream[AsyncImage]",
            await self.client.api._run(
                _plans.images_build(
                    self,
                    keywords={
                        "build": {
                            "path": path,
                            "tag": tag,
                            "quiet": quiet,
                            "fileobj": fileobj,
                            "nocache": nocache,
                            "rm": rm,
                            "timeout": timeout,
                            "custom_context": custom_context,
                            "encoding": encoding,
                            "pull": pull,
                            "forcerm": forcerm,
                            "dockerfile": dockerfile,
                            "container_limits": container_limits,
                            "buildargs": buildargs,
                            "gzip": gzip,
                            "shmsize": shmsize,
                            "labels": labels,
                            "cache_from": cache_from,
                            "target": target,
                            "network_mode": network_mode,
                            "squash": squash,
                            "extra_hosts": extra_hosts,
                            "platform": platform,
                            "memory": memory,
                            "memswap": memswap,
                            "cpushares": cpushares,
                            "cpusetcpus": cpusetcpus,
                            "cpuperiod": cpuperiod,
                            "cpuquota": cpuquota,
                            "outputs": outputs,
                            "version": version,
                            "data": data,
                            "isolation": isolation,
                            "use_config_proxy": use_config_proxy,
                        },
                    },
                ),
                "images.build",
            ),
        )

    @overload
    async def pull(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        all_tags: Literal[True],
        stream: Literal[True],
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
    ) -> AsyncImageStream[list[AsyncImage]]: ...
    @overload
    async def pull(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        all_tags: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
    ) -> AsyncImageStream[AsyncImage]: ...
    @overload
    async def pull(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        all_tags: Literal[True],
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
    ) -> list[AsyncImage]: ...
    @overload
    async def pull(
        self,
        repository: str,
        tag: str | None = ...,
        *,
        all_tags: Literal[False] = ...,
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        insecure_registry: bool = ...,
    ) -> AsyncImage: ...

    async def pull(
        self,
        repository: str,
        tag: str | None = None,
        all_tags: bool = False,
        *,
        stream: bool = False,
        auth_config: dict[str, Any] | None = None,
        platform: str | None = None,
        insecure_registry: bool = False,
    ) -> AsyncImage | list[AsyncImage] | AsyncImageStream[AsyncImage] | AsyncImageStream[list[AsyncImage]]:
        """Pull an image (`docker pull`) and return it.

        The tag comes from `tag`, else from the repository (`busybox:1.36`), else is latest; a
        digest (`sha256:...`) pulls exactly that image. With all_tags every tag of the repository is
        pulled and they are returned as a list. In the typed faces stream=True returns at once:
        iterate the result for the daemon's progress messages (they suit
        dockerapi.progress.show_progress), then `result()` gives the image(s). dockerapi.classic
        ignores stream with a warning, as docker-py does.

        Calls `pull()`, `inspect_image()`, `images()` of `client.api`.

        Args:
            repository: The repository, optionally with :tag or @digest.
            tag: The tag or digest to pull (default: the repository's, else latest).
            all_tags: Pull every tag of the repository and return them all. Default: `False`.
            stream: Typed faces: return the progress messages to iterate, then result().
                Default: `False`.
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the image's registry are taken from
                login() or the Docker config file.
            platform: The variant to pull from a multi-platform image, as "os[/arch[/variant]]",
                e.g. "linux/arm64". API >= 1.32.
            insecure_registry: A keyword of old clients; whether a registry may be reached
                without TLS is now the daemon's setting. Default: `False`. Not in API >= 1.24.
                Configure insecure registries on the daemon (--insecure-registry).

        Returns:
            AsyncImage | list[AsyncImage] | AsyncImageStream[AsyncImage] |
                AsyncImageStream[list[AsyncImage]]

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
            "AsyncImage | list[AsyncImage] | AsyncImageStream[AsyncImage] | AsyncImageStream[list[AsyncImage]]",
            await self.client.api._run(
                _plans.images_pull(
                    self,
                    repository=repository,
                    tag=tag,
                    all_tags=all_tags,
                    stream=stream,
                    keywords={
                        "pull": {
                            "auth_config": auth_config,
                            "platform": platform,
                            "insecure_registry": insecure_registry,
                        },
                    },
                ),
                "images.pull",
            ),
        )

    async def load(self, data: Any) -> list[AsyncImage]:
        """Load images from a tar archive (`docker load`, what Image.save() writes) and return them.

        Raises ImageLoadError when the daemon refuses the archive. The typed faces raise it too when
        the daemon loaded no image from it (dockerapi.classic returns an empty list then, as
        docker-py).

        Calls `load_image()`, `inspect_image()` of `client.api`.

        Args:
            data: The archive: bytes, a binary file, or an iterable of chunks (such as
                Image.save()).

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
            "list[AsyncImage]", await self.client.api._run(_plans.images_load(self, data=data), "images.load")
        )

    async def get_registry_data(
        self, name: str, auth_config: dict[str, Any] | None = None
    ) -> AsyncRegistryData:
        """Ask the registry about an image name without pulling it.

        Calls `inspect_distribution()` of `client.api`.

        Args:
            name: The image name, as for pull.
            auth_config: Credentials for the registry (username and password) instead of those
                of the Docker config.

        Returns:
            AsyncRegistryData

        Raises:
            APIError: the daemon refused the request (status 401); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return cast(
            "AsyncRegistryData",
            await self.client.api._run(
                _plans.images_registry_data(self, name=name, auth_config=auth_config),
                "images.get_registry_data",
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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

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
        """The images, each with its whole description (one inspect each, pipelined on a few connections).

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
            await self.client.api._run(
                _plans.images_list(self, name=name, all=all, filters=filters), "images.list"
            ),
        )
