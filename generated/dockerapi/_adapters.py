"""Named result adapters the catalog refers to (`returns.adapter`): classic-API result shapes.

Each takes the shaped result and the call's arguments. None knows an endpoint; each knows a shape.
"""

from __future__ import annotations

from typing import Any

__all__ = ["container_list", "ids_if_quiet", "id_strings_if_quiet", "first_item", "remember_credentials"]


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
