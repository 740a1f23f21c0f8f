"""Named result adapters the catalog refers to (`returns.adapter`): classic-API result shapes.

Each takes the shaped result and the call's arguments. None knows an endpoint; each knows a shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, overload

__all__ = ["ExitStatus", "exit_status", "container_list", "ids_if_quiet", "id_strings_if_quiet", "first_item", "remember_credentials"]


def ids_if_quiet(result: Any, args: dict[str, Any]) -> Any:
    """`quiet=True` lists only `{"Id": ...}` per object, as the classic API did."""
    if args.get("quiet"):
        return [{"Id": item["Id"]} for item in result]
    return result


def container_list(result: Any, args: dict[str, Any]) -> Any:
    """`containers()`: `quiet=True` lists only `{"Id": ...}`; `trunc=True` shortens each Id to 12 characters."""
    if args.get("quiet"):
        return [{"Id": item["Id"]} for item in result]
    if args.get("trunc"):
        for item in result:
            if isinstance(item, dict):  # the classic client's plain JSON
                item["Id"] = item["Id"][:12]
            else:
                item.id = item.id[:12]
    return result


def id_strings_if_quiet(result: Any, args: dict[str, Any]) -> Any:
    """`quiet=True` lists only the Id strings, as the classic `images()` did."""
    if args.get("quiet"):
        return [item["Id"] for item in result]
    return result


def first_item(result: Any, args: dict[str, Any]) -> Any:
    return result[0] if isinstance(result, list) and result else result


def remember_credentials(client: Any, result: Any, args: dict[str, Any]) -> None:
    """After a successful login, keep the credentials in memory for later pulls and pushes."""
    from ._auth import INDEX_URL, AuthConfig

    registry = args.get("registry") or INDEX_URL
    client.credentials.remember(
        registry,
        AuthConfig(
            username=args.get("username"),
            password=args.get("password"),
            email=args.get("email"),
            serveraddress=registry,
            identitytoken=(result.get("IdentityToken") if result is not None else None) or None,
        ),
    )


class ExitStatus(int):
    """What `wait()` returns: the exit code, an `int` (`== 0`, arithmetic, `sys.exit(status)`), that also
    reads like the `{"StatusCode": ..., "Error": ...}` document docker-py 3+ returns:
    `status["StatusCode"]`, `status["Error"]`, `status.get("Error")`, `"StatusCode" in status`, `dict(status)`.

    `error` is the daemon's `Error` object (`{"Message": ...}`: why waiting failed), None when it sent none.
    """

    error: dict[str, Any] | None

    def __new__(cls, code: int, error: Mapping[str, Any] | None = None) -> ExitStatus:
        status = super().__new__(cls, code)
        status.error = dict(error) if error is not None else None
        return status

    @overload
    def __getitem__(self, key: Literal["StatusCode"]) -> int: ...
    @overload
    def __getitem__(self, key: Literal["Error"]) -> dict[str, Any] | None: ...
    @overload
    def __getitem__(self, key: str) -> Any: ...
    def __getitem__(self, key: str) -> Any:
        if key == "StatusCode":
            return int(self)
        if key == "Error":
            return self.error
        raise KeyError(key)

    @overload
    def get(self, key: Literal["StatusCode"], default: Any = None) -> int: ...
    @overload
    def get(self, key: Literal["Error"], default: Any = None) -> dict[str, Any] | None: ...
    @overload
    def get(self, key: str, default: Any = None) -> Any: ...
    def get(self, key: str, default: Any = None) -> Any:
        """The value of `StatusCode` or `Error`; `default` for any other key."""
        return self[key] if key in ("StatusCode", "Error") else default

    def __contains__(self, key: object) -> bool:
        return key in ("StatusCode", "Error")

    def keys(self) -> list[str]:
        """`["StatusCode", "Error"]`: so that `dict(status)` gives the document."""
        return ["StatusCode", "Error"]

    def to_dict(self) -> dict[str, Any]:
        """`{"StatusCode": code, "Error": error}`, the document docker-py returns."""
        return {"StatusCode": int(self), "Error": self.error}

    def __reduce__(self) -> tuple[Any, ...]:
        return ExitStatus, (int(self), self.error)


def exit_status(result: Any, args: dict[str, Any]) -> ExitStatus:
    """`wait()`: the daemon's `{"StatusCode": ..., "Error": ...}` as an `ExitStatus` (-1 without a code)."""
    document = result if isinstance(result, Mapping) else {}
    code = document.get("StatusCode")
    error = document.get("Error")
    return ExitStatus(code if isinstance(code, int) else -1, error if isinstance(error, Mapping) else None)
