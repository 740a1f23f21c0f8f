# Generated from spec/ by codegen (python -m codegen generate); see docs/architecture.md. Do not edit.
"""The `image` methods of both clients; results are pydantic models of `dockerapi.models`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any, Literal, cast, overload

from .. import _catalog as _ops
from .. import _lib
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .. import models
    from .._model_base import DockerModel
    from .._streams import AsyncJSONStream, AsyncRawStream, JSONStream, RawStream

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
        isolation: str | None = ...,
        use_config_proxy: bool = ...,
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
        isolation: str | None = ...,
        use_config_proxy: bool = ...,
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
        isolation: str | None = ...,
        use_config_proxy: bool = ...,
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
        isolation: str | None = ...,
        use_config_proxy: bool = ...,
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
        isolation: str | None = None,
        use_config_proxy: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | list[dict[str, Any]] | JSONStream[str] | str:
        """Build an image from a Dockerfile and its context, like `docker build`.

        A local directory is streamed to the daemon as a tar (honouring its .dockerignore), never
        held whole in memory. Credentials known to the client (login() and the Docker config file)
        are sent along so that FROM can use private images. A failed step is reported inside the
        output: look for an "error" key in each line (with stream=False the call raises StreamError
        instead).

        Endpoint: `POST /build`, API >= 1.24.

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
            decode: Give each output line as a dict rather than a JSON string. Default: `False`.
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
            stream: Return an iterator over the output lines while the build runs; when false,
                wait and return all of it at once (text of JSON lines, or a list of dicts with
                decode=True). Default: `True`.
            isolation: How the build containers are isolated: 'default', 'process' or 'hyperv'
                (the last two matter on Windows daemons).
            use_config_proxy: Add the proxy settings of the client's config.json (HTTP_PROXY and
                friends) as build arguments, unless the caller gives those arguments itself.
                Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[dict[str, Any]] | list[dict[str, Any]] | JSONStream[str] | str: The build
                output line by line: "stream" holds the log text, "aux" holds {"ID": "sha256:..."}
                of the built image, "error" a failure.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            for line in client.build(path=".", tag="myapp:1.0", rm=True, decode=True):
                if "stream" in line:
                    print(line["stream"], end="")
                elif "error" in line:
                    raise RuntimeError(line["error"])
            ```
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
                "isolation": isolation,
                "use_config_proxy": use_config_proxy,
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
        """Save a container's current filesystem and settings as a new image, like `docker commit`.

        Endpoint: `POST /commit`, API >= 1.24.

        Args:
            container: The container to snapshot, by ID, name or ID prefix, or a result carrying
                an "Id" key.
            repository: Repository name for the new image, e.g. "myapp" or
                "registry.example.com/team/myapp".
            tag: Tag for the new image, e.g. "v2".
            message: A commit message stored with the image (shown as its Comment).
            author: The author recorded in the image, e.g. "Jane Doe <jane@example.com>".
            pause: Pause the container while its filesystem is copied, so the snapshot is
                consistent. Default: `True`.
            changes: Dockerfile instructions to apply, as one string such as "ENV DEBUG=true" or
                a list of them.
            conf: Container settings to store in the image (Cmd, Env, Labels, ExposedPorts...),
                as a ContainerConfig or a dict keyed by wire names; they override what the container
                had.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            IDResponse: The new image's ID, under "Id".

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
        """Export an image, its tags and its layers as a tar archive, like `docker save`.

        Endpoint: `GET /images/{name}/get`, API >= 1.24.

        Args:
            image: The image, by name with an optional tag, by ID, or a result carrying an "Id"
                key. Named by tag, the archive records that tag; named by ID, it records none.
            chunk_size: Kept for code written for the classic API: iterating the result yields
                the pieces as they arrive whatever this value; call `.stream(n)` on the result for
                pieces of n bytes. Default: `2097152`.
            platform: Save a single variant of a multi-platform image: a list holding one
                JSON-encoded OCI platform string, e.g. ['{"os": "linux", "architecture": "arm64"}'];
                the whole image otherwise. API >= 1.48.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            RawStream: The archive as a stream: iterate it for bytes chunks or read `.data` for
                the whole archive (on the async client, `async for` or `await result.read()`). Close
                it, or use it in a `with` block, when you stop early.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            with open("busybox.tar", "wb") as out:
                for chunk in client.get_image("busybox:latest"):
                    out.write(chunk)
            ```
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
        """Export several images into one tar archive, like `docker save a b`.

        Endpoint: `GET /images/get`, API >= 1.24.

        Args:
            names: The images to include, each by name with an optional tag or by ID. API >=
                1.25.
            chunk_size: Kept for code written for the classic API: iterating the result yields
                the pieces as they arrive whatever this value; call `.stream(n)` on the result for
                pieces of n bytes. Default: `2097152`.
            platform: Save a single variant of multi-platform images: a list holding one
                JSON-encoded OCI platform string, e.g. ['{"os": "linux", "architecture": "arm64"}'].
                API >= 1.48.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            RawStream: The archive as a stream: iterate it for bytes chunks or read `.data` for
                the whole archive. Close it, or use it in a `with` block, when you stop early.

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
        platform: dict[str, str] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageHistoryResponseItem]:
        """The layers an image was built from, newest first, like `docker history`.

        Endpoint: `GET /images/{name}/history`, API >= 1.24.

        Args:
            image: The image, by name with an optional tag, by ID, or a result carrying an "Id"
                key.
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
        """The attestation statements (provenance, SBOM...) stored with an image.

        Endpoint: `GET /images/{name}/attestations`, API >= 1.55.

        Args:
            image: The image, by name with an optional tag, by ID, or a result carrying an "Id"
                key.
            platform: Pick the variant whose statements to read: a list holding one JSON-encoded
                OCI platform string, e.g. ['{"os": "linux", "architecture": "amd64"}']; the daemon's
                own platform when omitted.
            type: Keep only statements of these in-toto predicate types, given as URIs such as
                "https://slsa.dev/provenance/v0.2".
            statement: Also return each statement's full in-toto JSON document; otherwise only
                its descriptor and predicate type. Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[AttestationStatement]: One entry per attestation statement, with its descriptor
                and predicate type.

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
        """List the images in the daemon's local store, like `docker images`.

        Endpoint: `GET /images/json`, API >= 1.24.

        Args:
            name: Only images of this repository, e.g. "busybox" or "busybox:1.36" (sent as a
                "reference" filter).
            quiet: Return the image IDs alone, as a list of "sha256:..." strings. Default:
                `False`.
            all: Also list intermediate images (untagged layers that other images build on), not
                only top-level ones. Default: `False`.
            filters: Narrow the list, as a dict such as {"dangling": True}, {"label":
                ["maintainer=alice"]}, {"reference": "busybox:*"}, {"before": "busybox:1.36"},
                {"since": "alpine"} or {"until": "24h"}; a str is sent as ready-made JSON.
            shared_size: Fill each image's SharedSize with the bytes it shares with other images
                (costs extra work on the daemon). Default: `False`. API >= 1.42.
            digests: Fill each image's RepoDigests with the registry digests it is known by. API
                >= 1.25.
            manifests: Add a Manifests list to each image, one entry per platform variant or
                attestation in the local store. API >= 1.47.
            identity: Add Identity (verified signatures, pull source, build reference) to each
                manifest entry; only with manifests=True. API >= 1.54.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[ImageSummary]: One summary per image (ID, tags, digests, size in bytes,
                creation time), or a list of ID strings with quiet=True.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            for image in client.images(name="busybox"):
                print(image["Id"][:19], image["RepoTags"])
            ```
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
        """Create an image from a root filesystem tar (a file, a URL, bytes or a stream), like `docker import`.

        Picks the request from the type of src: bytes go to import_image_from_data, an existing file
        path to import_image_from_file, any other string to import_image_from_url (the daemon
        downloads it), a file object to import_image_from_stream. With src=None, image is passed to
        import_image_from_image.

        Built on `import_image_from_image()`.

        Args:
            src: The filesystem to import: a path of a tar file on disk, a URL for the daemon to
                download, tar bytes, or a binary file object opened for reading.
            repository: The repository name for the new image; it may end in a tag, e.g.
                "myimage:v1".
            tag: The tag for the new image.
            image: An existing image name, used only when src is None (see
                import_image_from_image).
            changes: Dockerfile instructions to apply to the new image, e.g. ["ENV DEBUG=true",
                "WORKDIR /app"].
            stream_src: Kept for code written for the classic API; a file object is always sent
                in pieces. Default: `False`.

        Returns:
            str: The daemon's output as text of JSON lines; the last "status" holds the new
                image's ID.

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
        """Create an image from a root filesystem tar held in memory, like `docker import`.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            data: The tar archive (plain or compressed) as bytes; a binary file or an iterable
                of bytes chunks also works.
            repository: The repository name for the new image; it may end in a tag, e.g.
                "myimage:v1".
            tag: The tag for the new image.
            changes: Dockerfile instructions to apply to the new image, e.g. ["ENV DEBUG=true",
                "CMD [\\"sh\\"]"]; CMD, ENTRYPOINT, ENV, EXPOSE, ONBUILD, USER, VOLUME and WORKDIR are
                understood. API >= 1.40.
            message: A commit message stored with the image (its Comment). API >= 1.39.
            platform: The platform to record for the image, as "os[/arch[/variant]]", e.g.
                "linux/amd64". API >= 1.32.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The daemon's output as text of JSON lines; the last "status" holds the new
                image's ID.

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
        """Create an image from a root filesystem tar file on disk, like `docker import FILE`.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            filename: Path of the tar file; it is read and sent piece by piece, never held whole
                in memory.
            repository: The repository name for the new image; it may end in a tag, e.g.
                "myimage:v1".
            tag: The tag for the new image.
            changes: Dockerfile instructions to apply to the new image, e.g. ["ENV DEBUG=true",
                "CMD [\\"sh\\"]"]; CMD, ENTRYPOINT, ENV, EXPOSE, ONBUILD, USER, VOLUME and WORKDIR are
                understood. API >= 1.40.
            message: A commit message stored with the image (its Comment). API >= 1.39.
            platform: The platform to record for the image, as "os[/arch[/variant]]", e.g.
                "linux/amd64". API >= 1.32.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The daemon's output as text of JSON lines; the last "status" holds the new
                image's ID.

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
        """Create an image from another image named in a registry.

        The daemon handles a request naming a source image as a pull of that image (with tag); the
        repository and changes keywords only take effect on the other import forms.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            image: The source image reference, e.g. "busybox" or
                "registry.example.com/team/base".
            repository: Repository name for the result; see the description for when the daemon
                uses it.
            tag: The tag of the source image to fetch.
            changes: Dockerfile instructions such as ["ENV DEBUG=true"]; see the description for
                when the daemon applies them. API >= 1.40.
            platform: The variant to fetch from a multi-platform image, as
                "os[/arch[/variant]]", e.g. "linux/arm64". API >= 1.32.
            data: Not used by this form; leave it unset.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The daemon's output as text of JSON lines.

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
        """Create an image from a binary stream of root filesystem tar data.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            fileobj: A binary file object opened for reading (a file, a pipe, a socket file); it
                is sent in chunks.
            repository: The repository name for the new image; it may end in a tag, e.g.
                "myimage:v1".
            tag: The tag for the new image.
            changes: Dockerfile instructions to apply to the new image, e.g. ["ENV DEBUG=true",
                "CMD [\\"sh\\"]"]; CMD, ENTRYPOINT, ENV, EXPOSE, ONBUILD, USER, VOLUME and WORKDIR are
                understood. API >= 1.40.
            message: A commit message stored with the image (its Comment). API >= 1.39.
            platform: The platform to record for the image, as "os[/arch[/variant]]", e.g.
                "linux/amd64". API >= 1.32.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The daemon's output as text of JSON lines; the last "status" holds the new
                image's ID.

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
        """Create an image from a root filesystem tar that the daemon downloads from a URL.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            url: The http(s) address of the tar archive; the daemon fetches it, so it must be
                reachable from the daemon's host.
            repository: The repository name for the new image; it may end in a tag, e.g.
                "myimage:v1".
            tag: The tag for the new image.
            changes: Dockerfile instructions to apply to the new image, e.g. ["ENV DEBUG=true",
                "CMD [\\"sh\\"]"]; CMD, ENTRYPOINT, ENV, EXPOSE, ONBUILD, USER, VOLUME and WORKDIR are
                understood. API >= 1.40.
            message: A commit message stored with the image (its Comment). API >= 1.39.
            platform: The platform to record for the image, as "os[/arch[/variant]]", e.g.
                "linux/amd64". API >= 1.32.
            data: Not used by this form (the daemon downloads the archive from url); leave it
                unset.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The daemon's output as text of JSON lines; the last "status" holds the new
                image's ID.

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
        """The classic `insert` (add a downloaded file to an image); the daemon dropped it long ago, so this always raises.

        To get the same result, build an image with an ADD instruction, or put_archive() the file
        into a container and commit() it.

        Args:
            image: The image the file was to be added to.
            url: The address the file was to be downloaded from.
            path: Where in the image the file was to be placed.

        Returns:
            None: Nothing; the call always raises.

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
        platform: dict[str, str] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImageInspect:
        """Read everything the daemon knows about one local image.

        Endpoint: `GET /images/{name}/json`, API >= 1.24.

        Args:
            image: The image, by name with an optional tag ("busybox:1.36"), by ID or ID prefix,
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
            ImageInspect: The image's configuration (Cmd, Env, Entrypoint, Labels...), tags and
                digests, architecture and OS, size in bytes and layer list.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            info = client.inspect_image("busybox:latest")
            print(info["Id"], info["Config"]["Cmd"], info["Architecture"])
            ```
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

    @overload
    def load_image(
        self,
        data: Any = ...,
        quiet: bool | None = ...,
        *,
        stream: Literal[True] = ...,
        decode: Literal[True] = ...,
        platform: list[str] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]]: ...
    @overload
    def load_image(
        self,
        data: Any = ...,
        quiet: bool | None = ...,
        *,
        decode: Literal[False],
        stream: Literal[True] = ...,
        platform: list[str] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[str]: ...
    @overload
    def load_image(
        self,
        data: Any = ...,
        quiet: bool | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[True] = ...,
        platform: list[str] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    def load_image(
        self,
        data: Any = ...,
        quiet: bool | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[False],
        platform: list[str] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    def load_image(
        self,
        data: Any = None,
        quiet: bool | None = None,
        *,
        platform: list[str] | None = None,
        stream: bool = True,
        decode: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str:
        """Add the images of a tar archive (as made by get_image or `docker save`) to the daemon, like `docker load`.

        Endpoint: `POST /images/load`, API >= 1.24.

        Args:
            data: The archive, as bytes, a binary file opened for reading (sent in pieces), or
                an iterable of bytes chunks.
            quiet: Leave the progress bars out of the output.
            platform: Load a single variant of multi-platform images: a list holding one
                JSON-encoded OCI platform string, e.g. ['{"os": "linux", "architecture": "arm64"}'];
                every variant otherwise. API >= 1.48.
            stream: Return an iterator over the daemon's progress messages as they arrive; False
                collects them first. Default: `True`.
            decode: Yield each message as a dict; False yields the JSON text of each. Default:
                `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str: The
                daemon's output once loading is over, as text of JSON lines such as "Loaded image:
                busybox:latest"; a failure reported in it raises StreamError.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            with open("busybox.tar", "rb") as archive:
                print(client.load_image(archive))
            ```
        """
        return self._call(  # type: ignore[no-any-return]
            _ops.load_image,
            {
                "quiet": quiet,
                "platform": platform,
                "data": data,
                "stream": stream,
                "decode": decode,
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
        """Delete build cache, like `docker builder prune`.

        Endpoint: `POST /build/prune`, API >= 1.31.

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
        """Delete images that no container uses, like `docker image prune`.

        Endpoint: `POST /images/prune`, API >= 1.25.

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
        """Download an image from a registry, like `docker pull`.

        With stream=True, read the iterator to its end: closing it early drops the connection, which
        can stop the pull; a failure then arrives as a line with an "error" key. Without stream the
        call returns once the pull is over and raises StreamError when the output reports a failure.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            repository: The image to pull: "busybox", "busybox:1.36",
                "registry.example.com/team/app" or a name with a digest ("app@sha256:...").
            tag: The tag or digest to pull; it takes precedence over a tag inside repository.
                With neither, "latest" is pulled.
            stream: Return an iterator over the progress lines while the pull runs, instead of
                all the output once it is over. Default: `False`.
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the image's registry are taken from
                login() or the Docker config file.
            decode: Give each progress line as a dict rather than a JSON string (the collected
                result becomes a list of dicts). Default: `False`.
            platform: The variant to pull from a multi-platform image, as "os[/arch[/variant]]",
                e.g. "linux/arm64". API >= 1.32.
            all_tags: Pull every tag of the repository instead of a single one. Default:
                `False`.
            data: Not used by a pull (the daemon reads a request body only when importing);
                leave it unset.
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
                pull ends (text of JSON lines, or a list of dicts with decode=True). Lines carry
                "status", "id" (the layer) and "progressDetail" with byte counts.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            for line in client.pull("busybox", tag="1.36", stream=True, decode=True):
                print(line.get("id", ""), line.get("status"))
            ```
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

        Endpoint: `POST /images/{name}/push`, API >= 1.24.

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

        Example:
            ```python
            client.tag("busybox:latest", "localhost:5000/tools/busybox", tag="v1")
            creds = {"username": "testuser", "password": "secret"}
            for line in client.push("localhost:5000/tools/busybox", tag="v1", auth_config=creds, stream=True, decode=True):
                print(line.get("status"), line.get("error", ""))
            ```
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
        """Remove an image or one of its tags, like `docker rmi`.

        Removing a name that is one of several tags only untags it; the layers go once the last tag
        is removed and no container uses them.

        Endpoint: `DELETE /images/{name}`, API >= 1.24.

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

        Example:
            ```python
            for change in client.remove_image("localhost:5000/tools/busybox:stable"):
                print(change)
            ```
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
        """Search Docker Hub for images, like `docker search`.

        Endpoint: `GET /images/search`, API >= 1.24.

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
        """Give an image one more repository name and tag, like `docker tag`.

        Endpoint: `POST /images/{name}/tag`, API >= 1.24.

        Args:
            image: The image to tag, by name with an optional tag, by ID, or a result carrying
                an "Id" key.
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

        Example:
            ```python
            client.tag("busybox:latest", "localhost:5000/tools/busybox", tag="stable")
            print(client.inspect_image("busybox:latest")["RepoTags"])
            ```
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
        isolation: str | None = ...,
        use_config_proxy: bool = ...,
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
        isolation: str | None = ...,
        use_config_proxy: bool = ...,
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
        isolation: str | None = ...,
        use_config_proxy: bool = ...,
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
        isolation: str | None = ...,
        use_config_proxy: bool = ...,
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
        isolation: str | None = None,
        use_config_proxy: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | list[dict[str, Any]] | AsyncJSONStream[str] | str:
        """Build an image from a Dockerfile and its context, like `docker build`.

        A local directory is streamed to the daemon as a tar (honouring its .dockerignore), never
        held whole in memory. Credentials known to the client (login() and the Docker config file)
        are sent along so that FROM can use private images. A failed step is reported inside the
        output: look for an "error" key in each line (with stream=False the call raises StreamError
        instead).

        Endpoint: `POST /build`, API >= 1.24.

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
            decode: Give each output line as a dict rather than a JSON string. Default: `False`.
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
            stream: Return an iterator over the output lines while the build runs; when false,
                wait and return all of it at once (text of JSON lines, or a list of dicts with
                decode=True). Default: `True`.
            isolation: How the build containers are isolated: 'default', 'process' or 'hyperv'
                (the last two matter on Windows daemons).
            use_config_proxy: Add the proxy settings of the client's config.json (HTTP_PROXY and
                friends) as build arguments, unless the caller gives those arguments itself.
                Default: `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[dict[str, Any]] | list[dict[str, Any]] | JSONStream[str] | str: The build
                output line by line: "stream" holds the log text, "aux" holds {"ID": "sha256:..."}
                of the built image, "error" a failure.

        Raises:
            APIError: the daemon refused the request (status 400); the message says why.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            for line in client.build(path=".", tag="myapp:1.0", rm=True, decode=True):
                if "stream" in line:
                    print(line["stream"], end="")
                elif "error" in line:
                    raise RuntimeError(line["error"])
            ```
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
                "isolation": isolation,
                "use_config_proxy": use_config_proxy,
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
        """Save a container's current filesystem and settings as a new image, like `docker commit`.

        Endpoint: `POST /commit`, API >= 1.24.

        Args:
            container: The container to snapshot, by ID, name or ID prefix, or a result carrying
                an "Id" key.
            repository: Repository name for the new image, e.g. "myapp" or
                "registry.example.com/team/myapp".
            tag: Tag for the new image, e.g. "v2".
            message: A commit message stored with the image (shown as its Comment).
            author: The author recorded in the image, e.g. "Jane Doe <jane@example.com>".
            pause: Pause the container while its filesystem is copied, so the snapshot is
                consistent. Default: `True`.
            changes: Dockerfile instructions to apply, as one string such as "ENV DEBUG=true" or
                a list of them.
            conf: Container settings to store in the image (Cmd, Env, Labels, ExposedPorts...),
                as a ContainerConfig or a dict keyed by wire names; they override what the container
                had.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            IDResponse: The new image's ID, under "Id".

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
        """Export an image, its tags and its layers as a tar archive, like `docker save`.

        Endpoint: `GET /images/{name}/get`, API >= 1.24.

        Args:
            image: The image, by name with an optional tag, by ID, or a result carrying an "Id"
                key. Named by tag, the archive records that tag; named by ID, it records none.
            chunk_size: Kept for code written for the classic API: iterating the result yields
                the pieces as they arrive whatever this value; call `.stream(n)` on the result for
                pieces of n bytes. Default: `2097152`.
            platform: Save a single variant of a multi-platform image: a list holding one
                JSON-encoded OCI platform string, e.g. ['{"os": "linux", "architecture": "arm64"}'];
                the whole image otherwise. API >= 1.48.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            RawStream: The archive as a stream: iterate it for bytes chunks or read `.data` for
                the whole archive (on the async client, `async for` or `await result.read()`). Close
                it, or use it in a `with` block, when you stop early.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            with open("busybox.tar", "wb") as out:
                for chunk in client.get_image("busybox:latest"):
                    out.write(chunk)
            ```
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
        """Export several images into one tar archive, like `docker save a b`.

        Endpoint: `GET /images/get`, API >= 1.24.

        Args:
            names: The images to include, each by name with an optional tag or by ID. API >=
                1.25.
            chunk_size: Kept for code written for the classic API: iterating the result yields
                the pieces as they arrive whatever this value; call `.stream(n)` on the result for
                pieces of n bytes. Default: `2097152`.
            platform: Save a single variant of multi-platform images: a list holding one
                JSON-encoded OCI platform string, e.g. ['{"os": "linux", "architecture": "arm64"}'].
                API >= 1.48.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            RawStream: The archive as a stream: iterate it for bytes chunks or read `.data` for
                the whole archive. Close it, or use it in a `with` block, when you stop early.

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
        platform: dict[str, str] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[models.ImageHistoryResponseItem]:
        """The layers an image was built from, newest first, like `docker history`.

        Endpoint: `GET /images/{name}/history`, API >= 1.24.

        Args:
            image: The image, by name with an optional tag, by ID, or a result carrying an "Id"
                key.
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
        """The attestation statements (provenance, SBOM...) stored with an image.

        Endpoint: `GET /images/{name}/attestations`, API >= 1.55.

        Args:
            image: The image, by name with an optional tag, by ID, or a result carrying an "Id"
                key.
            platform: Pick the variant whose statements to read: a list holding one JSON-encoded
                OCI platform string, e.g. ['{"os": "linux", "architecture": "amd64"}']; the daemon's
                own platform when omitted.
            type: Keep only statements of these in-toto predicate types, given as URIs such as
                "https://slsa.dev/provenance/v0.2".
            statement: Also return each statement's full in-toto JSON document; otherwise only
                its descriptor and predicate type. Default: `False`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[AttestationStatement]: One entry per attestation statement, with its descriptor
                and predicate type.

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
        """List the images in the daemon's local store, like `docker images`.

        Endpoint: `GET /images/json`, API >= 1.24.

        Args:
            name: Only images of this repository, e.g. "busybox" or "busybox:1.36" (sent as a
                "reference" filter).
            quiet: Return the image IDs alone, as a list of "sha256:..." strings. Default:
                `False`.
            all: Also list intermediate images (untagged layers that other images build on), not
                only top-level ones. Default: `False`.
            filters: Narrow the list, as a dict such as {"dangling": True}, {"label":
                ["maintainer=alice"]}, {"reference": "busybox:*"}, {"before": "busybox:1.36"},
                {"since": "alpine"} or {"until": "24h"}; a str is sent as ready-made JSON.
            shared_size: Fill each image's SharedSize with the bytes it shares with other images
                (costs extra work on the daemon). Default: `False`. API >= 1.42.
            digests: Fill each image's RepoDigests with the registry digests it is known by. API
                >= 1.25.
            manifests: Add a Manifests list to each image, one entry per platform variant or
                attestation in the local store. API >= 1.47.
            identity: Add Identity (verified signatures, pull source, build reference) to each
                manifest entry; only with manifests=True. API >= 1.54.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            list[ImageSummary]: One summary per image (ID, tags, digests, size in bytes,
                creation time), or a list of ID strings with quiet=True.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            for image in client.images(name="busybox"):
                print(image["Id"][:19], image["RepoTags"])
            ```
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
        """Create an image from a root filesystem tar (a file, a URL, bytes or a stream), like `docker import`.

        Picks the request from the type of src: bytes go to import_image_from_data, an existing file
        path to import_image_from_file, any other string to import_image_from_url (the daemon
        downloads it), a file object to import_image_from_stream. With src=None, image is passed to
        import_image_from_image.

        Built on `import_image_from_image()`.

        Args:
            src: The filesystem to import: a path of a tar file on disk, a URL for the daemon to
                download, tar bytes, or a binary file object opened for reading.
            repository: The repository name for the new image; it may end in a tag, e.g.
                "myimage:v1".
            tag: The tag for the new image.
            image: An existing image name, used only when src is None (see
                import_image_from_image).
            changes: Dockerfile instructions to apply to the new image, e.g. ["ENV DEBUG=true",
                "WORKDIR /app"].
            stream_src: Kept for code written for the classic API; a file object is always sent
                in pieces. Default: `False`.

        Returns:
            str: The daemon's output as text of JSON lines; the last "status" holds the new
                image's ID.

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
        """Create an image from a root filesystem tar held in memory, like `docker import`.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            data: The tar archive (plain or compressed) as bytes; a binary file or an iterable
                of bytes chunks also works.
            repository: The repository name for the new image; it may end in a tag, e.g.
                "myimage:v1".
            tag: The tag for the new image.
            changes: Dockerfile instructions to apply to the new image, e.g. ["ENV DEBUG=true",
                "CMD [\\"sh\\"]"]; CMD, ENTRYPOINT, ENV, EXPOSE, ONBUILD, USER, VOLUME and WORKDIR are
                understood. API >= 1.40.
            message: A commit message stored with the image (its Comment). API >= 1.39.
            platform: The platform to record for the image, as "os[/arch[/variant]]", e.g.
                "linux/amd64". API >= 1.32.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The daemon's output as text of JSON lines; the last "status" holds the new
                image's ID.

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
        """Create an image from a root filesystem tar file on disk, like `docker import FILE`.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            filename: Path of the tar file; it is read and sent piece by piece, never held whole
                in memory.
            repository: The repository name for the new image; it may end in a tag, e.g.
                "myimage:v1".
            tag: The tag for the new image.
            changes: Dockerfile instructions to apply to the new image, e.g. ["ENV DEBUG=true",
                "CMD [\\"sh\\"]"]; CMD, ENTRYPOINT, ENV, EXPOSE, ONBUILD, USER, VOLUME and WORKDIR are
                understood. API >= 1.40.
            message: A commit message stored with the image (its Comment). API >= 1.39.
            platform: The platform to record for the image, as "os[/arch[/variant]]", e.g.
                "linux/amd64". API >= 1.32.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The daemon's output as text of JSON lines; the last "status" holds the new
                image's ID.

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
        """Create an image from another image named in a registry.

        The daemon handles a request naming a source image as a pull of that image (with tag); the
        repository and changes keywords only take effect on the other import forms.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            image: The source image reference, e.g. "busybox" or
                "registry.example.com/team/base".
            repository: Repository name for the result; see the description for when the daemon
                uses it.
            tag: The tag of the source image to fetch.
            changes: Dockerfile instructions such as ["ENV DEBUG=true"]; see the description for
                when the daemon applies them. API >= 1.40.
            platform: The variant to fetch from a multi-platform image, as
                "os[/arch[/variant]]", e.g. "linux/arm64". API >= 1.32.
            data: Not used by this form; leave it unset.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The daemon's output as text of JSON lines.

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
        """Create an image from a binary stream of root filesystem tar data.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            fileobj: A binary file object opened for reading (a file, a pipe, a socket file); it
                is sent in chunks.
            repository: The repository name for the new image; it may end in a tag, e.g.
                "myimage:v1".
            tag: The tag for the new image.
            changes: Dockerfile instructions to apply to the new image, e.g. ["ENV DEBUG=true",
                "CMD [\\"sh\\"]"]; CMD, ENTRYPOINT, ENV, EXPOSE, ONBUILD, USER, VOLUME and WORKDIR are
                understood. API >= 1.40.
            message: A commit message stored with the image (its Comment). API >= 1.39.
            platform: The platform to record for the image, as "os[/arch[/variant]]", e.g.
                "linux/amd64". API >= 1.32.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The daemon's output as text of JSON lines; the last "status" holds the new
                image's ID.

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
        """Create an image from a root filesystem tar that the daemon downloads from a URL.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            url: The http(s) address of the tar archive; the daemon fetches it, so it must be
                reachable from the daemon's host.
            repository: The repository name for the new image; it may end in a tag, e.g.
                "myimage:v1".
            tag: The tag for the new image.
            changes: Dockerfile instructions to apply to the new image, e.g. ["ENV DEBUG=true",
                "CMD [\\"sh\\"]"]; CMD, ENTRYPOINT, ENV, EXPOSE, ONBUILD, USER, VOLUME and WORKDIR are
                understood. API >= 1.40.
            message: A commit message stored with the image (its Comment). API >= 1.39.
            platform: The platform to record for the image, as "os[/arch[/variant]]", e.g.
                "linux/amd64". API >= 1.32.
            data: Not used by this form (the daemon downloads the archive from url); leave it
                unset.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            str: The daemon's output as text of JSON lines; the last "status" holds the new
                image's ID.

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
        """The classic `insert` (add a downloaded file to an image); the daemon dropped it long ago, so this always raises.

        To get the same result, build an image with an ADD instruction, or put_archive() the file
        into a container and commit() it.

        Args:
            image: The image the file was to be added to.
            url: The address the file was to be downloaded from.
            path: Where in the image the file was to be placed.

        Returns:
            None: Nothing; the call always raises.

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
        platform: dict[str, str] | str | None = None,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImageInspect:
        """Read everything the daemon knows about one local image.

        Endpoint: `GET /images/{name}/json`, API >= 1.24.

        Args:
            image: The image, by name with an optional tag ("busybox:1.36"), by ID or ID prefix,
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
            ImageInspect: The image's configuration (Cmd, Env, Entrypoint, Labels...), tags and
                digests, architecture and OS, size in bytes and layer list.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            info = client.inspect_image("busybox:latest")
            print(info["Id"], info["Config"]["Cmd"], info["Architecture"])
            ```
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

    @overload
    async def load_image(
        self,
        data: Any = ...,
        quiet: bool | None = ...,
        *,
        stream: Literal[True] = ...,
        decode: Literal[True] = ...,
        platform: list[str] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]]: ...
    @overload
    async def load_image(
        self,
        data: Any = ...,
        quiet: bool | None = ...,
        *,
        decode: Literal[False],
        stream: Literal[True] = ...,
        platform: list[str] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[str]: ...
    @overload
    async def load_image(
        self,
        data: Any = ...,
        quiet: bool | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[True] = ...,
        platform: list[str] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]: ...
    @overload
    async def load_image(
        self,
        data: Any = ...,
        quiet: bool | None = ...,
        *,
        stream: Literal[False],
        decode: Literal[False],
        platform: list[str] | None = ...,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    async def load_image(
        self,
        data: Any = None,
        quiet: bool | None = None,
        *,
        platform: list[str] | None = None,
        stream: bool = True,
        decode: bool = True,
        request_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncJSONStream[dict[str, Any]] | AsyncJSONStream[str] | list[dict[str, Any]] | str:
        """Add the images of a tar archive (as made by get_image or `docker save`) to the daemon, like `docker load`.

        Endpoint: `POST /images/load`, API >= 1.24.

        Args:
            data: The archive, as bytes, a binary file opened for reading (sent in pieces), or
                an iterable of bytes chunks.
            quiet: Leave the progress bars out of the output.
            platform: Load a single variant of multi-platform images: a list holding one
                JSON-encoded OCI platform string, e.g. ['{"os": "linux", "architecture": "arm64"}'];
                every variant otherwise. API >= 1.48.
            stream: Return an iterator over the daemon's progress messages as they arrive; False
                collects them first. Default: `True`.
            decode: Yield each message as a dict; False yields the JSON text of each. Default:
                `True`.
            request_timeout: Seconds this call may wait for bytes (the answer's head, each read
                of its body, even on a follow stream), in place of the client's `timeout`. Default:
                None, the client's.
            extra_headers: HTTP headers added to this request; they replace any header of the
                same name the client would send. Default: None.

        Returns:
            JSONStream[dict[str, Any]] | JSONStream[str] | list[dict[str, Any]] | str: The
                daemon's output once loading is over, as text of JSON lines such as "Loaded image:
                busybox:latest"; a failure reported in it raises StreamError.

        Raises:
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            with open("busybox.tar", "rb") as archive:
                print(client.load_image(archive))
            ```
        """
        return await self._call(  # type: ignore[no-any-return]
            _ops.load_image,
            {
                "quiet": quiet,
                "platform": platform,
                "data": data,
                "stream": stream,
                "decode": decode,
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
        """Delete build cache, like `docker builder prune`.

        Endpoint: `POST /build/prune`, API >= 1.31.

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
        """Delete images that no container uses, like `docker image prune`.

        Endpoint: `POST /images/prune`, API >= 1.25.

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
        """Download an image from a registry, like `docker pull`.

        With stream=True, read the iterator to its end: closing it early drops the connection, which
        can stop the pull; a failure then arrives as a line with an "error" key. Without stream the
        call returns once the pull is over and raises StreamError when the output reports a failure.

        Endpoint: `POST /images/create`, API >= 1.24.

        Args:
            repository: The image to pull: "busybox", "busybox:1.36",
                "registry.example.com/team/app" or a name with a digest ("app@sha256:...").
            tag: The tag or digest to pull; it takes precedence over a tag inside repository.
                With neither, "latest" is pulled.
            stream: Return an iterator over the progress lines while the pull runs, instead of
                all the output once it is over. Default: `False`.
            auth_config: Registry credentials, as a dict with "username" and "password" (or
                "identitytoken"). When omitted, credentials for the image's registry are taken from
                login() or the Docker config file.
            decode: Give each progress line as a dict rather than a JSON string (the collected
                result becomes a list of dicts). Default: `False`.
            platform: The variant to pull from a multi-platform image, as "os[/arch[/variant]]",
                e.g. "linux/arm64". API >= 1.32.
            all_tags: Pull every tag of the repository instead of a single one. Default:
                `False`.
            data: Not used by a pull (the daemon reads a request body only when importing);
                leave it unset.
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
                pull ends (text of JSON lines, or a list of dicts with decode=True). Lines carry
                "status", "id" (the layer) and "progressDetail" with byte counts.

        Raises:
            ImageNotFound: no such image (the daemon answered 404).
            APIError: any other error status; `status_code` and `explanation` carry what the
                daemon said.
            InvalidVersion: the call or a keyword given is not in the API version this client
                uses (before sending).
            InvalidArgument: an argument of the wrong type or form (before sending).
            DockerConnectionError: the daemon cannot be reached or the connection broke.

        Example:
            ```python
            for line in client.pull("busybox", tag="1.36", stream=True, decode=True):
                print(line.get("id", ""), line.get("status"))
            ```
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

        Endpoint: `POST /images/{name}/push`, API >= 1.24.

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

        Example:
            ```python
            client.tag("busybox:latest", "localhost:5000/tools/busybox", tag="v1")
            creds = {"username": "testuser", "password": "secret"}
            for line in client.push("localhost:5000/tools/busybox", tag="v1", auth_config=creds, stream=True, decode=True):
                print(line.get("status"), line.get("error", ""))
            ```
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
        """Remove an image or one of its tags, like `docker rmi`.

        Removing a name that is one of several tags only untags it; the layers go once the last tag
        is removed and no container uses them.

        Endpoint: `DELETE /images/{name}`, API >= 1.24.

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

        Example:
            ```python
            for change in client.remove_image("localhost:5000/tools/busybox:stable"):
                print(change)
            ```
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
        """Search Docker Hub for images, like `docker search`.

        Endpoint: `GET /images/search`, API >= 1.24.

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
        """Give an image one more repository name and tag, like `docker tag`.

        Endpoint: `POST /images/{name}/tag`, API >= 1.24.

        Args:
            image: The image to tag, by name with an optional tag, by ID, or a result carrying
                an "Id" key.
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

        Example:
            ```python
            client.tag("busybox:latest", "localhost:5000/tools/busybox", tag="stable")
            print(client.inspect_image("busybox:latest")["RepoTags"])
            ```
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
