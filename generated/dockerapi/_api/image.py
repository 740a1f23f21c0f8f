# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `image` methods of both clients; results are pydantic models of `dockerapi.models`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any, Literal, cast, overload

from .. import _lib
from .. import _operations as _ops
from .._base_client import AsyncAPIClient, SyncAPIClient
from .._results import AsyncJSONStream, AsyncRawStream, JSONStream, RawStream

if TYPE_CHECKING:
    from .. import models
    from .._models import DockerModel

__all__ = ["ImageMethods", "AsyncImageMethods"]


class ImageMethods(SyncAPIClient):
    """The image methods of `Client`."""

    @overload
    def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[True] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]]: ...
    @overload
    def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False],
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[False] = ...,
        stream: Literal[True] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str]: ...
    @overload
    def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[False] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    def build(
        self,
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
        decode: bool = False,
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
        *,
        memory: int | str | None = None,
        memswap: int | str | None = None,
        cpushares: int | None = None,
        cpusetcpus: str | None = None,
        cpuperiod: int | None = None,
        cpuquota: int | None = None,
        outputs: str | None = None,
        version: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | list[dict[str, Any]] | JSONStream[str] | str:
        """Build an image from a directory, a URL, a Dockerfile file object or a ready tar context,
        like `docker build`.

        Endpoint: `POST /build`, API >= 1.24.

        Args:
            path: client-side option.
            tag: sent as query `t`.
            quiet: sent as query `q`. Default: `False`.
            fileobj: client-side option.
            nocache: sent as query `nocache`. Default: `False`.
            rm: sent as query `rm`. Default: `False`.
            timeout: client-side option.
            custom_context: client-side option. Default: `False`.
            encoding: client-side option.
            pull: sent as query `pull`. Default: `False`.
            forcerm: sent as query `forcerm`. Default: `False`.
            dockerfile: sent as query `dockerfile`.
            container_limits: client-side option.
            decode: client-side option. Default: `False`.
            buildargs: sent as query `buildargs`.
            gzip: client-side option. Default: `False`.
            shmsize: sent as query `shmsize`.
            labels: sent as query `labels`.
            cache_from: sent as query `cachefrom`. API >= 1.25.
            target: sent as query `target`. API >= 1.37.
            network_mode: sent as query `networkmode`. API >= 1.25.
            squash: sent as query `squash`. API >= 1.25.
            extra_hosts: sent as query `extrahosts`. API >= 1.28.
            platform: sent as query `platform`. API >= 1.34.
            memory: sent as query `memory`.
            memswap: sent as query `memswap`.
            cpushares: sent as query `cpushares`.
            cpusetcpus: sent as query `cpusetcpus`.
            cpuperiod: sent as query `cpuperiod`.
            cpuquota: sent as query `cpuquota`.
            outputs: sent as query `outputs`. API >= 1.40.
            version: sent as query `version`. API >= 1.38.
            data: sent as `body`.
            stream: client-side option. Default: `True`.

        Returns:
            JSONStream[dict[str, Any]] | list[dict[str, Any]] | JSONStream[str] | str

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.build,
            {
                "dockerfile": dockerfile,
                "tag": tag,
                "extra_hosts": extra_hosts,
                "quiet": quiet,
                "nocache": nocache,
                "cache_from": cache_from,
                "pull": pull,
                "rm": rm,
                "forcerm": forcerm,
                "memory": memory,
                "memswap": memswap,
                "cpushares": cpushares,
                "cpusetcpus": cpusetcpus,
                "cpuperiod": cpuperiod,
                "cpuquota": cpuquota,
                "buildargs": buildargs,
                "shmsize": shmsize,
                "squash": squash,
                "labels": labels,
                "network_mode": network_mode,
                "platform": platform,
                "target": target,
                "outputs": outputs,
                "version": version,
                "data": data,
                "path": path,
                "fileobj": fileobj,
                "custom_context": custom_context,
                "encoding": encoding,
                "gzip": gzip,
                "container_limits": container_limits,
                "timeout": timeout,
                "decode": decode,
                "stream": stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def commit(
        self,
        container: str | Mapping[str, Any] | DockerModel | None = None,
        repository: str | None = None,
        tag: str | None = None,
        message: str | None = None,
        author: str | None = None,
        pause: bool = True,
        changes: str | list[str] | None = None,
        conf: models.ContainerConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.IDResponse:
        """Make an image from a container's changes, like `docker commit`.

        Endpoint: `POST /commit`, API >= 1.24.

        Args:
            container: sent as query `container`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            message: sent as query `comment`.
            author: sent as query `author`.
            pause: sent as query `pause`. Default: `True`.
            changes: sent as query `changes`.
            conf: sent as `body`.

        Returns:
            IDResponse

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.commit,
            {
                "container": container,
                "repository": repository,
                "tag": tag,
                "message": message,
                "author": author,
                "pause": pause,
                "changes": changes,
                "conf": conf,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def get_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        chunk_size: int | None = 2097152,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawStream:
        """An image (with its tags and layers) as a tar stream, like `docker save`.

        Endpoint: `GET /images/{name}/get`, API >= 1.24.

        Args:
            image: sent as path `name`.
            chunk_size: client-side option. Default: `2097152`.
            platform: sent as query `platform`. API >= 1.48.

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
        return self._call(  # type: ignore[no-any-return]
            _ops.get_image,
            {
                "image": image,
                "platform": platform,
                "chunk_size": chunk_size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def get_images(
        self,
        names: list[str] | None = None,
        chunk_size: int | None = 2097152,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawStream:
        """Several images as one tar stream, like `docker save a b`.

        Endpoint: `GET /images/get`, API >= 1.24.

        Args:
            names: sent as query `names`. API >= 1.25.
            chunk_size: client-side option. Default: `2097152`.
            platform: sent as query `platform`. API >= 1.48.

        Returns:
            RawStream

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.get_images,
            {
                "names": names,
                "platform": platform,
                "chunk_size": chunk_size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def history(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageHistoryResponseItem]:
        """The layers an image was built from, newest first.

        Endpoint: `GET /images/{name}/history`, API >= 1.24.

        Args:
            image: sent as path `name`.
            platform: sent as query `platform`. API >= 1.48.

        Returns:
            list[ImageHistoryResponseItem]

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.history,
            {
                "image": image,
                "platform": platform,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def image_attestations(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        platform: list[str] | None = None,
        type: list[str] | None = None,
        statement: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.AttestationStatement]:
        """The attestation statements (provenance, SBOM...) attached to an image.

        Endpoint: `GET /images/{name}/attestations`, API >= 1.55.

        Args:
            image: sent as path `name`.
            platform: sent as query `platform`. API >= 1.55.
            type: sent as query `type`. API >= 1.55.
            statement: sent as query `statement`. Default: `False`. API >= 1.55.

        Returns:
            list[AttestationStatement]

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: the daemon refused the request (status 501); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.image_attestations,
            {
                "image": image,
                "platform": platform,
                "type": type,
                "statement": statement,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def images(
        self,
        name: str | None = None,
        quiet: bool = False,
        all: bool = False,
        filters: dict[str, Any] | str | None = None,
        *,
        shared_size: bool = False,
        digests: bool | None = None,
        manifests: bool | None = None,
        identity: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageSummary]:
        """List images, like `docker images`.

        Endpoint: `GET /images/json`, API >= 1.24.

        Args:
            name: sent as `reference`.
            quiet: client-side option. Default: `False`.
            all: sent as query `all`. Default: `False`.
            filters: sent as query `filters`.
            shared_size: sent as query `shared-size`. Default: `False`. API >= 1.42.
            digests: sent as query `digests`. API >= 1.25.
            manifests: sent as query `manifests`. API >= 1.47.
            identity: sent as query `identity`. API >= 1.54.

        Returns:
            list[ImageSummary]

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.images,
            {
                "all": all,
                "filters": filters,
                "shared_size": shared_size,
                "digests": digests,
                "manifests": manifests,
                "identity": identity,
                "name": name,
                "quiet": quiet,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def import_image(
        self,
        src: Any = None,
        repository: str | None = None,
        tag: str | None = None,
        image: str | None = None,
        changes: list[str] | None = None,
        stream_src: bool = False,
    ) -> str:
        """Create an image from a tar file path, URL, file object, or another image, like `docker
        import`.

        Built on `import_image_from_image()`.

        Args:
            src: client-side option.
            repository: client-side option.
            tag: client-side option.
            image: client-side option.
            changes: client-side option.
            stream_src: client-side option. Default: `False`.

        Returns:
            str

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = self._run(
            _lib.import_image(
                src=src, repository=repository, tag=tag, image=image, changes=changes, stream_src=stream_src
            )
        )
        return cast("str", result)

    def import_image_from_data(
        self,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from tar bytes held in memory, like `docker import`.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            data: sent as `data`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            changes: sent as query `changes`. API >= 1.40.
            message: sent as query `message`. API >= 1.39.
            platform: sent as query `platform`. API >= 1.32.

        Returns:
            str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_data,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def import_image_from_file(
        self,
        filename: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a tar file on disk.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            filename: sent as `filename`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            changes: sent as query `changes`. API >= 1.40.
            message: sent as query `message`. API >= 1.39.
            platform: sent as query `platform`. API >= 1.32.

        Returns:
            str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_file,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "filename": filename,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def import_image_from_image(
        self,
        image: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        platform: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from another image (like the Dockerfile FROM).

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            image: sent as query `fromImage`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            changes: sent as query `changes`. API >= 1.40.
            platform: sent as query `platform`. API >= 1.32.
            data: sent as `body`.

        Returns:
            str

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_image,
            {
                "image": image,
                "repository": repository,
                "tag": tag,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def import_image_from_stream(
        self,
        fileobj: Any = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a readable binary stream of tar data.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            fileobj: sent as `fileobj`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            changes: sent as query `changes`. API >= 1.40.
            message: sent as query `message`. API >= 1.39.
            platform: sent as query `platform`. API >= 1.32.

        Returns:
            str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_stream,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "fileobj": fileobj,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def import_image_from_url(
        self,
        url: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a tar file the daemon downloads from a URL.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            url: sent as query `fromSrc`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            changes: sent as query `changes`. API >= 1.40.
            message: sent as query `message`. API >= 1.39.
            platform: sent as query `platform`. API >= 1.32.
            data: sent as `body`.

        Returns:
            str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_url,
            {
                "url": url,
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def insert(self, image: str, url: str, path: str) -> None:
        """Removed from the Engine API long ago (`docker insert`); always raises.

        Args:
            image: client-side option.
            url: client-side option.
            path: client-side option.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = self._run(_lib.insert(image=image, url=url, path=path))
        return cast("None", result)

    def inspect_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        manifests: bool = False,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImageInspect:
        """Low-level information about one image.

        Endpoint: `GET /images/{name}/json`, API >= 1.24.

        Args:
            image: sent as path `name`.
            manifests: sent as query `manifests`. Default: `False`. API >= 1.48.
            platform: sent as query `platform`. API >= 1.49.

        Returns:
            ImageInspect

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.inspect_image,
            {
                "image": image,
                "manifests": manifests,
                "platform": platform,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def load_image(
        self,
        data: Any = None,
        quiet: bool | None = None,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Load images from a tar archive made by `docker save`.

        Endpoint: `POST /images/load`, API >= 1.24.

        Args:
            data: sent as `data`.
            quiet: sent as query `quiet`.
            platform: sent as query `platform`. API >= 1.48.

        Returns:
            str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.load_image,
            {
                "quiet": quiet,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
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
        """Remove build cache.

        Endpoint: `POST /build/prune`, API >= 1.31.

        Args:
            filters: sent as query `filters`. API >= 1.39.
            keep_storage: sent as query `keep-storage`. API >= 1.39. Not in API >= 1.52.
            all: sent as query `all`. API >= 1.39.
            reserved_space: sent as query `reserved-space`. API >= 1.48.
            max_used_space: sent as query `max-used-space`. API >= 1.48.
            min_free_space: sent as query `min-free-space`. API >= 1.48.

        Returns:
            BuildPruneResponse

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.prune_builds,
            {
                "reserved_space": reserved_space,
                "max_used_space": max_used_space,
                "min_free_space": min_free_space,
                "all": all,
                "filters": filters,
                "keep_storage": keep_storage,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def prune_images(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImagePruneResponse:
        """Remove unused images.

        Endpoint: `POST /images/prune`, API >= 1.25.

        Args:
            filters: sent as query `filters`. API >= 1.25.

        Returns:
            ImagePruneResponse

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.prune_images,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    @overload
    def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[True],
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]]: ...
    @overload
    def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str]: ...
    @overload
    def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[False] = ...,
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    def pull(
        self,
        repository: str | None = None,
        tag: str | None = None,
        stream: bool = False,
        auth_config: dict[str, Any] | None = None,
        decode: bool = False,
        platform: str | None = None,
        all_tags: bool = False,
        *,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        insecure_registry: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str:
        """Pull an image or a repository from a registry, like `docker pull`.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            repository: sent as query `fromImage`.
            tag: sent as query `tag`.
            stream: client-side option. Default: `False`.
            auth_config: sent as header `X-Registry-Auth`.
            decode: client-side option. Default: `False`.
            platform: sent as query `platform`. API >= 1.32.
            all_tags: client-side option. Default: `False`.
            data: sent as `body`.
            insecure_registry: client-side option. Default: `False`. Not in API >= 1.24.
                Configure insecure registries on the daemon (--insecure-registry).

        Returns:
            JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.pull,
            {
                "repository": repository,
                "tag": tag,
                "auth_config": auth_config,
                "platform": platform,
                "data": data,
                "stream": stream,
                "decode": decode,
                "all_tags": all_tags,
                "insecure_registry": insecure_registry,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
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
        platform: str | None = ...,
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
        platform: str | None = ...,
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
        platform: str | None = ...,
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
        platform: str | None = ...,
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
        platform: str | None = None,
        insecure_registry: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str:
        """Push an image or a repository to its registry, like `docker push`.

        Endpoint: `POST /images/{name}/push`, API >= 1.24.

        Args:
            repository: sent as path `name`.
            tag: sent as query `tag`.
            stream: client-side option. Default: `False`.
            auth_config: sent as header `X-Registry-Auth`.
            decode: client-side option. Default: `False`.
            platform: sent as query `platform`. API >= 1.46.
            insecure_registry: client-side option. Default: `False`. Not in API >= 1.24.
                Configure insecure registries on the daemon (--insecure-registry).

        Returns:
            JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.push,
            {
                "repository": repository,
                "tag": tag,
                "platform": platform,
                "auth_config": auth_config,
                "stream": stream,
                "decode": decode,
                "insecure_registry": insecure_registry,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def remove_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        force: bool = False,
        noprune: bool = False,
        *,
        platforms: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageDeleteResponseItem]:
        """Remove an image, like `docker rmi`.

        Endpoint: `DELETE /images/{name}`, API >= 1.24.

        Args:
            image: sent as path `name`.
            force: sent as query `force`. Default: `False`.
            noprune: sent as query `noprune`. Default: `False`.
            platforms: sent as query `platforms`. API >= 1.50.

        Returns:
            list[ImageDeleteResponseItem]

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
        return self._call(  # type: ignore[no-any-return]
            _ops.remove_image,
            {
                "image": image,
                "force": force,
                "noprune": noprune,
                "platforms": platforms,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
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
        """Search Docker Hub for images.

        Endpoint: `GET /images/search`, API >= 1.24.

        Args:
            term: sent as query `term`.
            limit: sent as query `limit`.
            filters: sent as query `filters`.

        Returns:
            list[ImageSearchResponseItem]

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.search,
            {
                "term": term,
                "limit": limit,
                "filters": filters,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    def tag(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        repository: str | None = None,
        tag: str | None = None,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Give an image another repository name and tag.

        Endpoint: `POST /images/{name}/tag`, API >= 1.24.

        Args:
            image: sent as path `name`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            force: client-side option. Default: `False`.

        Returns:
            bool

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
        return self._call(  # type: ignore[no-any-return]
            _ops.tag,
            {
                "image": image,
                "repository": repository,
                "tag": tag,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )


class AsyncImageMethods(AsyncAPIClient):
    """The image methods of `AsyncClient`."""

    @overload
    async def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[True] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]]: ...
    @overload
    async def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False],
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    async def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        decode: Literal[False] = ...,
        stream: Literal[True] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str]: ...
    @overload
    async def build(
        self,
        path: str | None = ...,
        tag: str | None = ...,
        quiet: bool = ...,
        fileobj: Any = ...,
        nocache: bool = ...,
        rm: bool = ...,
        timeout: float | None = ...,
        custom_context: bool = ...,
        encoding: str | None = ...,
        pull: bool | None = ...,
        forcerm: bool = ...,
        dockerfile: str | None = ...,
        container_limits: dict[str, int | str] | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[False] = ...,
        buildargs: dict[str, str] | None = ...,
        gzip: bool = ...,
        shmsize: int | str | None = ...,
        labels: dict[str, str] | None = ...,
        cache_from: list[str] | None = ...,
        target: str | None = ...,
        network_mode: str | None = ...,
        squash: bool | None = ...,
        extra_hosts: dict[str, str] | list[str] | None = ...,
        platform: str | None = ...,
        memory: int | str | None = ...,
        memswap: int | str | None = ...,
        cpushares: int | None = ...,
        cpusetcpus: str | None = ...,
        cpuperiod: int | None = ...,
        cpuquota: int | None = ...,
        outputs: str | None = ...,
        version: str | None = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    async def build(
        self,
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
        decode: bool = False,
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
        *,
        memory: int | str | None = None,
        memswap: int | str | None = None,
        cpushares: int | None = None,
        cpusetcpus: str | None = None,
        cpuperiod: int | None = None,
        cpuquota: int | None = None,
        outputs: str | None = None,
        version: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        stream: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | list[dict[str, Any]] | AsyncJSONStream[str] | str:
        """Build an image from a directory, a URL, a Dockerfile file object or a ready tar context,
        like `docker build`.

        Endpoint: `POST /build`, API >= 1.24.

        Args:
            path: client-side option.
            tag: sent as query `t`.
            quiet: sent as query `q`. Default: `False`.
            fileobj: client-side option.
            nocache: sent as query `nocache`. Default: `False`.
            rm: sent as query `rm`. Default: `False`.
            timeout: client-side option.
            custom_context: client-side option. Default: `False`.
            encoding: client-side option.
            pull: sent as query `pull`. Default: `False`.
            forcerm: sent as query `forcerm`. Default: `False`.
            dockerfile: sent as query `dockerfile`.
            container_limits: client-side option.
            decode: client-side option. Default: `False`.
            buildargs: sent as query `buildargs`.
            gzip: client-side option. Default: `False`.
            shmsize: sent as query `shmsize`.
            labels: sent as query `labels`.
            cache_from: sent as query `cachefrom`. API >= 1.25.
            target: sent as query `target`. API >= 1.37.
            network_mode: sent as query `networkmode`. API >= 1.25.
            squash: sent as query `squash`. API >= 1.25.
            extra_hosts: sent as query `extrahosts`. API >= 1.28.
            platform: sent as query `platform`. API >= 1.34.
            memory: sent as query `memory`.
            memswap: sent as query `memswap`.
            cpushares: sent as query `cpushares`.
            cpusetcpus: sent as query `cpusetcpus`.
            cpuperiod: sent as query `cpuperiod`.
            cpuquota: sent as query `cpuquota`.
            outputs: sent as query `outputs`. API >= 1.40.
            version: sent as query `version`. API >= 1.38.
            data: sent as `body`.
            stream: client-side option. Default: `True`.

        Returns:
            JSONStream[dict[str, Any]] | list[dict[str, Any]] | JSONStream[str] | str

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.build,
            {
                "dockerfile": dockerfile,
                "tag": tag,
                "extra_hosts": extra_hosts,
                "quiet": quiet,
                "nocache": nocache,
                "cache_from": cache_from,
                "pull": pull,
                "rm": rm,
                "forcerm": forcerm,
                "memory": memory,
                "memswap": memswap,
                "cpushares": cpushares,
                "cpusetcpus": cpusetcpus,
                "cpuperiod": cpuperiod,
                "cpuquota": cpuquota,
                "buildargs": buildargs,
                "shmsize": shmsize,
                "squash": squash,
                "labels": labels,
                "network_mode": network_mode,
                "platform": platform,
                "target": target,
                "outputs": outputs,
                "version": version,
                "data": data,
                "path": path,
                "fileobj": fileobj,
                "custom_context": custom_context,
                "encoding": encoding,
                "gzip": gzip,
                "container_limits": container_limits,
                "timeout": timeout,
                "decode": decode,
                "stream": stream,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def commit(
        self,
        container: str | Mapping[str, Any] | DockerModel | None = None,
        repository: str | None = None,
        tag: str | None = None,
        message: str | None = None,
        author: str | None = None,
        pause: bool = True,
        changes: str | list[str] | None = None,
        conf: models.ContainerConfig | Mapping[str, Any] | dict[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.IDResponse:
        """Make an image from a container's changes, like `docker commit`.

        Endpoint: `POST /commit`, API >= 1.24.

        Args:
            container: sent as query `container`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            message: sent as query `comment`.
            author: sent as query `author`.
            pause: sent as query `pause`. Default: `True`.
            changes: sent as query `changes`.
            conf: sent as `body`.

        Returns:
            IDResponse

        Raises:
            NotFound: no such object (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.commit,
            {
                "container": container,
                "repository": repository,
                "tag": tag,
                "message": message,
                "author": author,
                "pause": pause,
                "changes": changes,
                "conf": conf,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def get_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        chunk_size: int | None = 2097152,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncRawStream:
        """An image (with its tags and layers) as a tar stream, like `docker save`.

        Endpoint: `GET /images/{name}/get`, API >= 1.24.

        Args:
            image: sent as path `name`.
            chunk_size: client-side option. Default: `2097152`.
            platform: sent as query `platform`. API >= 1.48.

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
        return await self._call(  # type: ignore[no-any-return]
            _ops.get_image,
            {
                "image": image,
                "platform": platform,
                "chunk_size": chunk_size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def get_images(
        self,
        names: list[str] | None = None,
        chunk_size: int | None = 2097152,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncRawStream:
        """Several images as one tar stream, like `docker save a b`.

        Endpoint: `GET /images/get`, API >= 1.24.

        Args:
            names: sent as query `names`. API >= 1.25.
            chunk_size: client-side option. Default: `2097152`.
            platform: sent as query `platform`. API >= 1.48.

        Returns:
            RawStream

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.get_images,
            {
                "names": names,
                "platform": platform,
                "chunk_size": chunk_size,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def history(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageHistoryResponseItem]:
        """The layers an image was built from, newest first.

        Endpoint: `GET /images/{name}/history`, API >= 1.24.

        Args:
            image: sent as path `name`.
            platform: sent as query `platform`. API >= 1.48.

        Returns:
            list[ImageHistoryResponseItem]

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.history,
            {
                "image": image,
                "platform": platform,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def image_attestations(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        platform: list[str] | None = None,
        type: list[str] | None = None,
        statement: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.AttestationStatement]:
        """The attestation statements (provenance, SBOM...) attached to an image.

        Endpoint: `GET /images/{name}/attestations`, API >= 1.55.

        Args:
            image: sent as path `name`.
            platform: sent as query `platform`. API >= 1.55.
            type: sent as query `type`. API >= 1.55.
            statement: sent as query `statement`. Default: `False`. API >= 1.55.

        Returns:
            list[AttestationStatement]

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: the daemon refused the request (status 501); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.image_attestations,
            {
                "image": image,
                "platform": platform,
                "type": type,
                "statement": statement,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def images(
        self,
        name: str | None = None,
        quiet: bool = False,
        all: bool = False,
        filters: dict[str, Any] | str | None = None,
        *,
        shared_size: bool = False,
        digests: bool | None = None,
        manifests: bool | None = None,
        identity: bool | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageSummary]:
        """List images, like `docker images`.

        Endpoint: `GET /images/json`, API >= 1.24.

        Args:
            name: sent as `reference`.
            quiet: client-side option. Default: `False`.
            all: sent as query `all`. Default: `False`.
            filters: sent as query `filters`.
            shared_size: sent as query `shared-size`. Default: `False`. API >= 1.42.
            digests: sent as query `digests`. API >= 1.25.
            manifests: sent as query `manifests`. API >= 1.47.
            identity: sent as query `identity`. API >= 1.54.

        Returns:
            list[ImageSummary]

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.images,
            {
                "all": all,
                "filters": filters,
                "shared_size": shared_size,
                "digests": digests,
                "manifests": manifests,
                "identity": identity,
                "name": name,
                "quiet": quiet,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def import_image(
        self,
        src: Any = None,
        repository: str | None = None,
        tag: str | None = None,
        image: str | None = None,
        changes: list[str] | None = None,
        stream_src: bool = False,
    ) -> str:
        """Create an image from a tar file path, URL, file object, or another image, like `docker
        import`.

        Built on `import_image_from_image()`.

        Args:
            src: client-side option.
            repository: client-side option.
            tag: client-side option.
            image: client-side option.
            changes: client-side option.
            stream_src: client-side option. Default: `False`.

        Returns:
            str

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = await self._run(
            _lib.import_image(
                src=src, repository=repository, tag=tag, image=image, changes=changes, stream_src=stream_src
            )
        )
        return cast("str", result)

    async def import_image_from_data(
        self,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from tar bytes held in memory, like `docker import`.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            data: sent as `data`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            changes: sent as query `changes`. API >= 1.40.
            message: sent as query `message`. API >= 1.39.
            platform: sent as query `platform`. API >= 1.32.

        Returns:
            str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_data,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def import_image_from_file(
        self,
        filename: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a tar file on disk.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            filename: sent as `filename`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            changes: sent as query `changes`. API >= 1.40.
            message: sent as query `message`. API >= 1.39.
            platform: sent as query `platform`. API >= 1.32.

        Returns:
            str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_file,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "filename": filename,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def import_image_from_image(
        self,
        image: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        platform: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from another image (like the Dockerfile FROM).

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            image: sent as query `fromImage`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            changes: sent as query `changes`. API >= 1.40.
            platform: sent as query `platform`. API >= 1.32.
            data: sent as `body`.

        Returns:
            str

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_image,
            {
                "image": image,
                "repository": repository,
                "tag": tag,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def import_image_from_stream(
        self,
        fileobj: Any = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a readable binary stream of tar data.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            fileobj: sent as `fileobj`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            changes: sent as query `changes`. API >= 1.40.
            message: sent as query `message`. API >= 1.39.
            platform: sent as query `platform`. API >= 1.32.

        Returns:
            str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_stream,
            {
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "fileobj": fileobj,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def import_image_from_url(
        self,
        url: str | None = None,
        repository: str | None = None,
        tag: str | None = None,
        changes: list[str] | None = None,
        *,
        message: str | None = None,
        platform: str | None = None,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Create an image from a tar file the daemon downloads from a URL.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            url: sent as query `fromSrc`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            changes: sent as query `changes`. API >= 1.40.
            message: sent as query `message`. API >= 1.39.
            platform: sent as query `platform`. API >= 1.32.
            data: sent as `body`.

        Returns:
            str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.import_image_from_url,
            {
                "url": url,
                "repository": repository,
                "tag": tag,
                "message": message,
                "changes": changes,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def insert(self, image: str, url: str, path: str) -> None:
        """Removed from the Engine API long ago (`docker insert`); always raises.

        Args:
            image: client-side option.
            url: client-side option.
            path: client-side option.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        result = await self._run(_lib.insert(image=image, url=url, path=path))
        return cast("None", result)

    async def inspect_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        *,
        manifests: bool = False,
        platform: str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImageInspect:
        """Low-level information about one image.

        Endpoint: `GET /images/{name}/json`, API >= 1.24.

        Args:
            image: sent as path `name`.
            manifests: sent as query `manifests`. Default: `False`. API >= 1.48.
            platform: sent as query `platform`. API >= 1.49.

        Returns:
            ImageInspect

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.inspect_image,
            {
                "image": image,
                "manifests": manifests,
                "platform": platform,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def load_image(
        self,
        data: Any = None,
        quiet: bool | None = None,
        *,
        platform: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Load images from a tar archive made by `docker save`.

        Endpoint: `POST /images/load`, API >= 1.24.

        Args:
            data: sent as `data`.
            quiet: sent as query `quiet`.
            platform: sent as query `platform`. API >= 1.48.

        Returns:
            str

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.load_image,
            {
                "quiet": quiet,
                "platform": platform,
                "data": data,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
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
        """Remove build cache.

        Endpoint: `POST /build/prune`, API >= 1.31.

        Args:
            filters: sent as query `filters`. API >= 1.39.
            keep_storage: sent as query `keep-storage`. API >= 1.39. Not in API >= 1.52.
            all: sent as query `all`. API >= 1.39.
            reserved_space: sent as query `reserved-space`. API >= 1.48.
            max_used_space: sent as query `max-used-space`. API >= 1.48.
            min_free_space: sent as query `min-free-space`. API >= 1.48.

        Returns:
            BuildPruneResponse

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.prune_builds,
            {
                "reserved_space": reserved_space,
                "max_used_space": max_used_space,
                "min_free_space": min_free_space,
                "all": all,
                "filters": filters,
                "keep_storage": keep_storage,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def prune_images(
        self,
        filters: dict[str, Any] | str | None = None,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImagePruneResponse:
        """Remove unused images.

        Endpoint: `POST /images/prune`, API >= 1.25.

        Args:
            filters: sent as query `filters`. API >= 1.25.

        Returns:
            ImagePruneResponse

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.prune_images,
            {"filters": filters, "request_timeout": request_timeout, "extra_headers": extra_headers},
        )

    @overload
    async def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[True],
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]]: ...
    @overload
    async def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[True],
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str]: ...
    @overload
    async def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        decode: Literal[True],
        stream: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    async def pull(
        self,
        repository: str | None = ...,
        tag: str | None = ...,
        *,
        stream: Literal[False] = ...,
        decode: Literal[False] = ...,
        auth_config: dict[str, Any] | None = ...,
        platform: str | None = ...,
        all_tags: bool = ...,
        data: bytes | IO[bytes] | Iterable[bytes] | None = ...,
        insecure_registry: bool = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    async def pull(
        self,
        repository: str | None = None,
        tag: str | None = None,
        stream: bool = False,
        auth_config: dict[str, Any] | None = None,
        decode: bool = False,
        platform: str | None = None,
        all_tags: bool = False,
        *,
        data: bytes | IO[bytes] | Iterable[bytes] | None = None,
        insecure_registry: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | AsyncJSONStream[str] | list[dict[str, Any]] | str:
        """Pull an image or a repository from a registry, like `docker pull`.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            repository: sent as query `fromImage`.
            tag: sent as query `tag`.
            stream: client-side option. Default: `False`.
            auth_config: sent as header `X-Registry-Auth`.
            decode: client-side option. Default: `False`.
            platform: sent as query `platform`. API >= 1.32.
            all_tags: client-side option. Default: `False`.
            data: sent as `body`.
            insecure_registry: client-side option. Default: `False`. Not in API >= 1.24.
                Configure insecure registries on the daemon (--insecure-registry).

        Returns:
            JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.pull,
            {
                "repository": repository,
                "tag": tag,
                "auth_config": auth_config,
                "platform": platform,
                "data": data,
                "stream": stream,
                "decode": decode,
                "all_tags": all_tags,
                "insecure_registry": insecure_registry,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
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
        platform: str | None = ...,
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
        platform: str | None = ...,
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
        platform: str | None = ...,
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
        platform: str | None = ...,
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
        platform: str | None = None,
        insecure_registry: bool = False,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | AsyncJSONStream[str] | list[dict[str, Any]] | str:
        """Push an image or a repository to its registry, like `docker push`.

        Endpoint: `POST /images/{name}/push`, API >= 1.24.

        Args:
            repository: sent as path `name`.
            tag: sent as query `tag`.
            stream: client-side option. Default: `False`.
            auth_config: sent as header `X-Registry-Auth`.
            decode: client-side option. Default: `False`.
            platform: sent as query `platform`. API >= 1.46.
            insecure_registry: client-side option. Default: `False`. Not in API >= 1.24.
                Configure insecure registries on the daemon (--insecure-registry).

        Returns:
            JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.push,
            {
                "repository": repository,
                "tag": tag,
                "platform": platform,
                "auth_config": auth_config,
                "stream": stream,
                "decode": decode,
                "insecure_registry": insecure_registry,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def remove_image(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        force: bool = False,
        noprune: bool = False,
        *,
        platforms: list[str] | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageDeleteResponseItem]:
        """Remove an image, like `docker rmi`.

        Endpoint: `DELETE /images/{name}`, API >= 1.24.

        Args:
            image: sent as path `name`.
            force: sent as query `force`. Default: `False`.
            noprune: sent as query `noprune`. Default: `False`.
            platforms: sent as query `platforms`. API >= 1.50.

        Returns:
            list[ImageDeleteResponseItem]

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
        return await self._call(  # type: ignore[no-any-return]
            _ops.remove_image,
            {
                "image": image,
                "force": force,
                "noprune": noprune,
                "platforms": platforms,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
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
        """Search Docker Hub for images.

        Endpoint: `GET /images/search`, API >= 1.24.

        Args:
            term: sent as query `term`.
            limit: sent as query `limit`.
            filters: sent as query `filters`.

        Returns:
            list[ImageSearchResponseItem]

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.search,
            {
                "term": term,
                "limit": limit,
                "filters": filters,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )

    async def tag(
        self,
        image: str | Mapping[str, Any] | DockerModel,
        repository: str | None = None,
        tag: str | None = None,
        force: bool = False,
        *,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bool:
        """Give an image another repository name and tag.

        Endpoint: `POST /images/{name}/tag`, API >= 1.24.

        Args:
            image: sent as path `name`.
            repository: sent as query `repo`.
            tag: sent as query `tag`.
            force: client-side option. Default: `False`.

        Returns:
            bool

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
        return await self._call(  # type: ignore[no-any-return]
            _ops.tag,
            {
                "image": image,
                "repository": repository,
                "tag": tag,
                "force": force,
                "request_timeout": request_timeout,
                "extra_headers": extra_headers,
            },
        )
