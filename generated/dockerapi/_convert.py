"""Converters: the classic API's friendly value forms turned into what goes on the wire.

Each converter is a pure function of one value. None of them knows which endpoint it serves;
the catalog (`spec/api/`) names the converter to apply to a parameter or helper field.
Every converter raises `InvalidArgument` for a value it cannot turn into a wire value.
"""

from __future__ import annotations

import base64
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timezone
from typing import Any

from dockerapi._errors import InvalidArgument
from dockerapi._wire import WireModel, to_wire

__all__ = [
    "file_chunks",
    "base64_data",
    "bool_flag",
    "byte_size",
    "command_argv",
    "device_list",
    "dns_list",
    "env_list",
    "epoch_seconds",
    "epoch_time",
    "exposed_ports",
    "extra_hosts",
    "filters_json",
    "json_param",
    "labels_dict",
    "labels_map",
    "healthcheck",
    "links_list",
    "log_config",
    "mount_list",
    "network_attachments",
    "nano_cpus",
    "optional_byte_size",
    "port_bindings",
    "resource_id",
    "restart_policy",
    "service_mode",
    "signal_name",
    "str_list",
    "str_map",
    "text",
    "tmpfs",
    "ulimits",
    "unlock_key",
    "volume_binds",
    "volume_mounts",
    "volumes_from",
]

PortSpec = int | str | tuple[Any, ...]


def _plain(value: Any) -> Any:
    """A catalog model (or a list of them) as its JSON, so converters read models like mappings."""
    return to_wire(value) if isinstance(value, (WireModel, list)) else value


def _describe(value: object) -> str:
    kind = type(value).__name__
    return f"{value!r} ({'an' if kind[:1].lower() in 'aeiou' else 'a'} {kind})"


# --------------------------------------------------------------------------- identifiers


def resource_id(value: object) -> str:
    """An object reference: a str id/name, a mapping with "Id"/"ID", or an object with `.id`/`.Id`.

    A leading slash (Docker's "/name") is dropped."""
    found: object = None
    if isinstance(value, str):
        found = value
    elif isinstance(value, Mapping):
        for key in ("Id", "ID", "id"):
            if key in value:
                found = value[key]
                break
        else:
            raise InvalidArgument(f"no Id key in {_describe(value)}")
    else:
        for attr in ("id", "Id", "ID"):
            candidate = getattr(value, attr, None)
            if candidate is not None:
                found = candidate
                break
        else:
            raise InvalidArgument(f"cannot take an id from {_describe(value)}")
    if not isinstance(found, str):
        raise InvalidArgument(f"the id must be a string, got {_describe(found)}")
    # Docker shows names with a leading slash ("/web", "/web/db" for a link); the daemon's router
    # cleans "//" in a path with a 301 redirect, so the name goes without it (both forms mean the same).
    found = found.lstrip("/") or found
    if found == "" or found == "/" * len(found):
        raise InvalidArgument("empty id")
    return found


# --------------------------------------------------------------------------- sizes and numbers

_BYTE_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
# a size with its unit ("1.5g", "512 kb"); compiled on first use through re's cache (~0.4 ms at import otherwise)
_BYTE_PATTERN = r"^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*([kmg]?b?)\s*$"


def byte_size(value: float | str) -> int:
    """A byte count: an int/float, or a string with an optional unit b, k, m, g (powers of 1024).

    "128m" -> 134217728, "1g", "1000k", "100000b", "512" (bytes). Case does not matter; "kb" is
    accepted for "k".
    """
    if isinstance(value, bool):
        raise InvalidArgument(f"not a byte size: {_describe(value)}")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidArgument(f"not a byte size: {_describe(value)}")
        return int(value)
    if not isinstance(value, str):
        raise InvalidArgument(f"not a byte size: {_describe(value)}")
    match = re.match(_BYTE_PATTERN, value.lower())
    if match is None:
        raise InvalidArgument(
            f"not a byte size: {value!r} (expected a number with an optional unit b, k, m or g)"
        )
    number, unit = match.groups()
    unit = unit.rstrip("b") if len(unit) == 2 else unit
    return int(float(number) * _BYTE_UNITS[unit])


def optional_byte_size(value: float | str | None) -> int | None:
    """`byte_size`, letting None through (for parameters whose absence means "unset")."""
    return None if value is None else byte_size(value)


def nano_cpus(value: float | str) -> int:
    """CPU quota in units of 1e-9 CPUs: an int passes through; a float or decimal string is CPUs.

    `nano_cpus(1.5)` and `nano_cpus("1.5")` -> 1500000000; `nano_cpus(2000)` -> 2000 (already nano).
    """
    if isinstance(value, bool):
        raise InvalidArgument(f"not a CPU count: {_describe(value)}")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return round(value * 1e9)
    if isinstance(value, str):
        try:
            return round(float(value) * 1e9)
        except ValueError:
            raise InvalidArgument(f"not a CPU count: {value!r}") from None
    raise InvalidArgument(f"not a CPU count: {_describe(value)}")


def bool_flag(value: object) -> str:
    """A boolean query flag as the daemon's "1"/"0" (a str passes through unchanged)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int)):
        return "1" if value else "0"
    raise InvalidArgument(f"not a boolean: {_describe(value)}")


# --------------------------------------------------------------------------- commands and env


def command_argv(value: str | Iterable[Any]) -> list[str]:
    """A command: a string is split like a POSIX shell would; a sequence becomes a list of str."""
    if isinstance(value, str):
        import shlex  # only here: a command given as one string

        try:
            return shlex.split(value)
        except ValueError as exc:
            raise InvalidArgument(f"cannot split command {value!r}: {exc}") from None
    if isinstance(value, bytes):
        return command_argv(value.decode("utf-8"))
    if isinstance(value, Iterable) and not isinstance(value, Mapping):
        return [_text(item) for item in value]
    raise InvalidArgument(f"not a command: {_describe(value)}")


def _text(item: object) -> str:
    if isinstance(item, bytes):
        return item.decode("utf-8")
    return str(item)


def text(value: str | int | bytes) -> str:
    """A value the wire wants as a string: a str passes, an int (a UID) becomes its digits."""
    if isinstance(value, bool) or not isinstance(value, (str, int, bytes)):
        raise InvalidArgument(f"expected a string or an integer, got {_describe(value)}")
    return _text(value)


def base64_data(value: bytes | str) -> str:
    """Secret or config data as the wire's base64 text; a str is encoded as UTF-8 first."""
    if isinstance(value, str):
        value = value.encode("utf-8")
    if not isinstance(value, (bytes, bytearray, memoryview)):
        raise InvalidArgument(f"expected bytes or str, got {_describe(value)}")
    return base64.b64encode(bytes(value)).decode("ascii")


def env_list(value: Mapping[str, Any] | Iterable[str]) -> list[str]:
    """Environment: a mapping becomes ["K=V", ...] (a None value gives just "K"); a list passes."""
    if isinstance(value, Mapping):
        out: list[str] = []
        for key, val in value.items():
            name = _text(key)
            out.append(name if val is None else f"{name}={_text(val)}")
        return out
    if isinstance(value, str):
        raise InvalidArgument(f"environment must be a mapping or a list, got {_describe(value)}")
    if isinstance(value, Iterable):
        return [_text(item) for item in value]
    raise InvalidArgument(f"environment must be a mapping or a list, got {_describe(value)}")


def labels_map(value: Mapping[str, Any] | Iterable[str]) -> dict[str, str]:
    """Labels: a list of names becomes {name: ""}; a mapping is kept (values as str)."""
    if isinstance(value, Mapping):
        return {_text(k): "" if v is None else _text(v) for k, v in value.items()}
    if isinstance(value, str):
        return {value: ""}
    if isinstance(value, Iterable):
        return {_text(name): "" for name in value}
    raise InvalidArgument(f"labels must be a mapping or a list of names, got {_describe(value)}")


def labels_dict(value: Mapping[str, Any]) -> dict[str, str]:
    """Labels that must be a mapping (networks): a list of names is refused, as docker-py refuses it."""
    if not isinstance(value, Mapping):
        raise InvalidArgument(f"labels must be a mapping of name to value, got {_describe(value)}")
    return labels_map(value)


def str_map(value: Mapping[str, Any]) -> dict[str, str]:
    """A mapping whose values go on the wire as strings (sysctls, storage options, driver opts)."""
    if not isinstance(value, Mapping):
        raise InvalidArgument(f"expected a mapping, got {_describe(value)}")
    return {_text(k): _filter_value(v) for k, v in value.items()}


def str_list(value: str | Iterable[Any]) -> list[str]:
    """A list of strings; a single string becomes a one-item list (group_add, dns_search, ...)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable) and not isinstance(value, Mapping):
        return [_text(item) for item in value]
    raise InvalidArgument(f"expected a string or a list, got {_describe(value)}")


def dns_list(value: str | Iterable[str]) -> list[str]:
    """DNS servers: one address or a list of them."""
    return str_list(value)


def volumes_from(value: str | Iterable[str]) -> list[str]:
    """Containers to take volumes from: a list, or one string joining names with commas."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return str_list(value)


# --------------------------------------------------------------------------- filters and time


def _filter_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _text(value)


def filters_json(value: Mapping[str, Any] | str) -> str:
    """Filters as the daemon's JSON document, every value a list of strings.

    A str passes through (already encoded). Booleans become "true"/"false", a scalar becomes a
    one-item list, and a mapping value (label filters) becomes ["k=v", ...] ("k" for a None value).
    """
    if isinstance(value, str):
        return value
    if not isinstance(value, Mapping):
        raise InvalidArgument(f"filters must be a mapping, got {_describe(value)}")
    out: dict[str, list[str]] = {}
    for key, raw in value.items():
        if isinstance(raw, Mapping):
            items = [_text(k) if v is None else f"{_text(k)}={_filter_value(v)}" for k, v in raw.items()]
        elif isinstance(raw, (list, tuple, set, frozenset)):
            items = [_filter_value(item) for item in raw]
        else:
            items = [_filter_value(raw)]
        out[_text(key)] = items
    return json.dumps(out)


def json_param(value: object) -> str:
    """Any JSON document encoded as a string (build args, labels, cache_from...); a str passes."""
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value)
    except (TypeError, ValueError) as exc:
        raise InvalidArgument(f"cannot encode {_describe(value)} as JSON: {exc}") from None


def epoch_seconds(value: datetime | float | str) -> int | str:
    """A point in time as Unix seconds: a datetime (naive means UTC) or a number; a str passes."""
    if isinstance(value, bool):
        raise InvalidArgument(f"not a point in time: {_describe(value)}")
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
        return int(moment.timestamp())
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str):
        return value
    raise InvalidArgument(f"not a point in time: {_describe(value)}")


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _seconds_text(whole: int, nanos: int) -> int | str:
    """Unix seconds plus 0 <= nanos < 1e9: an int when there is no fraction, else "S.FFF" (<= 9 digits).

    Docker reads "S.F" as S seconds plus F nanoseconds scaled to 9 digits and Podman as a float: both
    agree only for S >= 0, so a fraction before 1970 is refused."""
    if nanos == 0:
        return whole
    if whole < 0:
        raise InvalidArgument(f"a moment before 1970 with a fraction of a second: {whole} s + {nanos} ns")
    return f"{whole}.{nanos:09d}".rstrip("0")


def epoch_time(value: datetime | float | str) -> int | str:
    """A point in time as Unix seconds, keeping fractions of a second (`since`/`until` of logs).

    An int passes; a float or a datetime (naive means UTC) with a fraction becomes a decimal string
    such as "1700000000.5" (what the daemon accepts, to the nanosecond); a str passes as given.
    """
    if isinstance(value, bool):
        raise InvalidArgument(f"not a point in time: {_describe(value)}")
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
        delta = moment - _EPOCH
        return _seconds_text(delta.days * 86400 + delta.seconds, delta.microseconds * 1000)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidArgument(f"not a point in time: {_describe(value)}")
        from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal  # only for a float time

        exact = Decimal(repr(value))  # the decimal the user wrote, not the binary float's expansion
        whole = int(exact.to_integral_value(rounding=ROUND_FLOOR))
        nanos = int(((exact - whole) * 1_000_000_000).to_integral_value(rounding=ROUND_HALF_EVEN))
        if nanos == 1_000_000_000:
            whole, nanos = whole + 1, 0
        return _seconds_text(whole, nanos)
    if isinstance(value, str):
        return value
    raise InvalidArgument(f"not a point in time: {_describe(value)}")


# --------------------------------------------------------------------------- ports


def _port_key(port: object, proto: str = "tcp") -> str:
    text = _text(port).strip()
    if "/" in text:
        text, proto = text.split("/", 1)
    if not re.fullmatch(r"\d+(-\d+)?", text) or not proto:
        raise InvalidArgument(f"not a port: {port!r}")
    return f"{text}/{proto.lower()}"


def exposed_ports(value: Iterable[PortSpec] | Mapping[Any, Any]) -> dict[str, dict[str, Any]]:
    """Ports to expose: 80, "80/udp", (80, "udp"), "1000-1010" -> {"80/tcp": {}, ...}.

    A range stays one key, as in `port_bindings`, so the two documents name ports alike. A mapping
    (the wire form) has its keys normalised.
    """
    if isinstance(value, (str, int)):
        value = [value]
    out: dict[str, dict[str, Any]] = {}
    for spec in value:
        if isinstance(spec, tuple):
            if len(spec) == 2:
                out[_port_key(spec[0], _text(spec[1]))] = {}
            elif len(spec) == 1:
                out[_port_key(spec[0])] = {}
            else:
                raise InvalidArgument(f"not a port: {spec!r}")
        elif isinstance(spec, bool):
            raise InvalidArgument(f"not a port: {spec!r}")
        else:
            out[_port_key(spec)] = {}
    return out


def _host_binding(target: object) -> dict[str, str]:
    if target is None:
        return {"HostIp": "", "HostPort": ""}
    if isinstance(target, tuple):
        if len(target) == 2:
            host_port = "" if target[1] is None else _text(target[1])
            return {"HostIp": _text(target[0]), "HostPort": host_port}
        if len(target) == 0:
            raise InvalidArgument("empty port binding tuple")
        return {"HostIp": _text(target[0]), "HostPort": ""}
    if isinstance(target, Mapping):
        return {"HostIp": _text(target.get("HostIp", "")), "HostPort": _text(target.get("HostPort", ""))}
    return {"HostIp": "", "HostPort": _text(target)}


def port_bindings(value: Mapping[Any, Any]) -> dict[str, list[dict[str, str]]]:
    """Port bindings to the wire's PortMap.

    {80: 8080}, {80: ("127.0.0.1", 8080)}, {80: ("127.0.0.1",)}, {80: None}, {80: [8080, 8081]},
    {"1111/udp": 4567}, {"1000-1010": "2000-2010"} -> {"80/tcp": [{"HostIp": ..., "HostPort": ...}]}
    A tuple of any length other than 2 binds the address only (its first item).
    """
    if not isinstance(value, Mapping):
        raise InvalidArgument(f"port bindings must be a mapping, got {_describe(value)}")
    out: dict[str, list[dict[str, str]]] = {}
    for port, target in value.items():
        key = _port_key(port)
        targets = target if isinstance(target, list) else [target]
        out.setdefault(key, []).extend(_host_binding(t) for t in targets)
    return out


# --------------------------------------------------------------------------- volumes and mounts


_PROPAGATION_MODES = frozenset({"private", "rprivate", "shared", "rshared", "slave", "rslave"})


def volume_binds(value: Mapping[Any, Any] | Iterable[str]) -> list[str]:
    """Bind mounts to "src:dst:mode" strings.

    {"/host": {"bind": "/ctr", "mode": "ro"}}, {"/host": {"bind": "/ctr", "ro": True}},
    {"/host": "/ctr"} (read-write); a "propagation" key ("rshared", ...) is added to the mode
    ("rw,rshared"); a list of strings passes through.
    """
    if isinstance(value, str):
        return [value]
    if not isinstance(value, Mapping):
        if isinstance(value, Iterable):
            return [_text(item) for item in value]
        raise InvalidArgument(f"binds must be a mapping or a list, got {_describe(value)}")
    out: list[str] = []
    for host, spec in value.items():
        source = _text(host)
        if isinstance(spec, Mapping):
            if "bind" not in spec:
                raise InvalidArgument(f"bind spec for {source!r} has no 'bind' key: {spec!r}")
            target = _text(spec["bind"])
            if "mode" in spec:
                mode = _text(spec["mode"])
            elif "ro" in spec:
                mode = "ro" if spec["ro"] else "rw"
            else:
                mode = "rw"
            propagation = spec.get("propagation")
            if propagation is not None:
                if propagation not in _PROPAGATION_MODES:
                    raise InvalidArgument(
                        f"bind propagation for {source!r} must be one of {sorted(_PROPAGATION_MODES)}, "
                        f"got {propagation!r}"
                    )
                mode = f"{mode},{propagation}"
        else:
            target = _text(spec)
            mode = "rw"
        out.append(f"{source}:{target}:{mode}")
    return out


def volume_mounts(value: str | Iterable[str]) -> dict[str, dict[str, Any]]:
    """Container-side volume paths to the wire's {"/path": {}}.

    "/data" or ["/data", "/host:/ctr", "/host:/ctr:ro"]: for a "src:dst[:mode]" entry the
    container side (dst) is taken.
    """
    if isinstance(value, Mapping):
        return {_text(path): {} for path in value}
    items = [value] if isinstance(value, str) else list(value)
    out: dict[str, dict[str, Any]] = {}
    for item in items:
        parts = _text(item).split(":")
        path = parts[1] if len(parts) >= 2 else parts[0]
        if not path:
            raise InvalidArgument(f"not a volume path: {item!r}")
        out[path] = {}
    return out


def mount_list(value: Iterable[Any]) -> list[dict[str, Any]]:
    """Mounts: mappings pass through; a "source:target[:ro|rw]" string becomes a Mount.

    A source starting with "/" is a bind mount, any other a named volume; a lone "/target" is an
    anonymous volume.
    """
    value = _plain(value)
    out: list[dict[str, Any]] = []
    for item in [value] if isinstance(value, str) else value:
        if isinstance(item, Mapping):
            out.append(dict(item))
            continue
        if not isinstance(item, str):
            raise InvalidArgument(f"not a mount: {_describe(item)}")
        parts = item.split(":")
        if len(parts) > 3 or not all(parts):
            raise InvalidArgument(f"not a mount: {item!r}")
        if len(parts) == 1:
            out.append({"Target": parts[0], "Type": "volume", "ReadOnly": False})
            continue
        mode = parts[2] if len(parts) == 3 else "rw"
        if mode not in ("ro", "rw"):
            raise InvalidArgument(f"mount mode must be ro or rw: {item!r}")
        kind = "bind" if parts[0].startswith("/") else "volume"
        out.append({"Target": parts[1], "Source": parts[0], "Type": kind, "ReadOnly": mode == "ro"})
    return out


# --------------------------------------------------------------------------- host config pieces


def links_list(value: Mapping[str, str] | Iterable[Any]) -> list[str]:
    """Links: {name: alias} or [(name, alias), ...] or ["name:alias", ...] -> ["name:alias"]."""
    pairs: Iterable[Any] = value.items() if isinstance(value, Mapping) else value
    out: list[str] = []
    for pair in pairs:
        if isinstance(pair, str):
            out.append(pair)
        elif isinstance(pair, tuple) and len(pair) == 2:
            out.append(f"{_text(pair[0])}:{_text(pair[1])}")
        else:
            raise InvalidArgument(f"not a link: {pair!r}")
    return out


def extra_hosts(value: Mapping[str, str] | Iterable[str]) -> list[str]:
    """Extra /etc/hosts entries: {host: ip} -> ["host:ip"]; a list passes through."""
    if isinstance(value, Mapping):
        return [f"{_text(host)}:{_text(ip)}" for host, ip in value.items()]
    return str_list(value)


_ULIMIT_KEYS = {"name": "Name", "soft": "Soft", "hard": "Hard"}


def ulimits(value: Iterable[Any]) -> list[dict[str, Any]]:
    """Ulimits: mappings with name/soft/hard keys (any case) -> [{"Name", "Soft", "Hard"}]."""
    value = _plain(value)
    out: list[dict[str, Any]] = []
    for item in value:
        if not isinstance(item, Mapping):
            raise InvalidArgument(f"a ulimit must be a mapping, got {_describe(item)}")
        entry: dict[str, Any] = {}
        for key, val in item.items():
            wire = _ULIMIT_KEYS.get(_text(key).lower())
            if wire is None:
                raise InvalidArgument(f"unknown ulimit key {key!r}")
            entry[wire] = val
        if "Name" not in entry:
            raise InvalidArgument(f"a ulimit needs a name: {item!r}")
        out.append(entry)
    return out


def log_config(value: Mapping[str, Any]) -> dict[str, Any]:
    """Log configuration: {"type": ..., "config": {...}} (any case) -> {"Type", "Config"}."""
    value = _plain(value)
    if not isinstance(value, Mapping):
        raise InvalidArgument(f"log_config must be a mapping, got {_describe(value)}")
    out: dict[str, Any] = {"Type": "", "Config": {}}
    for key, val in value.items():
        lowered = _text(key).lower()
        if lowered == "type":
            out["Type"] = _text(val)
        elif lowered == "config":
            out["Config"] = {} if val is None else {_text(k): _text(v) for k, v in val.items()}
        else:
            raise InvalidArgument(f"unknown log_config key {key!r}")
    return out


def device_list(value: Iterable[Any]) -> list[dict[str, str]]:
    """Devices: "/dev/x[:/dev/y[:perms]]" strings (perms default "rwm") or DeviceMapping dicts."""
    value = _plain(value)
    out: list[dict[str, str]] = []
    for item in value:
        if isinstance(item, Mapping):
            out.append({_text(k): _text(v) for k, v in item.items()})
            continue
        if not isinstance(item, str) or not item:
            raise InvalidArgument(f"not a device: {_describe(item)}")
        parts = item.split(":")
        if len(parts) > 3:
            raise InvalidArgument(f"not a device: {item!r}")
        host = parts[0]
        inside = parts[1] if len(parts) >= 2 and parts[1] else host
        perms = parts[2] if len(parts) == 3 and parts[2] else "rwm"
        out.append({"PathOnHost": host, "PathInContainer": inside, "CgroupPermissions": perms})
    return out


def tmpfs(value: Mapping[str, str] | Iterable[str]) -> dict[str, str]:
    """tmpfs mounts: ["/mnt:size=3G,uid=1000", "/run"] -> {"/mnt": "size=3G,uid=1000", "/run": ""}."""
    if isinstance(value, Mapping):
        return {_text(k): "" if v is None else _text(v) for k, v in value.items()}
    out: dict[str, str] = {}
    for item in str_list(value):
        path, _, options = item.partition(":")
        if not path:
            raise InvalidArgument(f"not a tmpfs mount: {item!r}")
        out[path] = options
    return out


def restart_policy(value: Mapping[str, Any] | str) -> dict[str, Any]:
    """Restart policy: the {"Name": ..., "MaximumRetryCount": n} mapping, or just the name."""
    value = _plain(value)
    if isinstance(value, str):
        return {"Name": value}
    if isinstance(value, Mapping):
        return dict(value)
    raise InvalidArgument(f"restart_policy must be a mapping, got {_describe(value)}")


_HEALTH_KEYS = {"test": "Test", "interval": "Interval", "timeout": "Timeout", "retries": "Retries",
                "start_period": "StartPeriod", "start_interval": "StartInterval"}


def healthcheck(value: Mapping[str, Any]) -> dict[str, Any]:
    """A health check: wire keys or docker-py's snake_case ones; a `test` string is run by the shell.

    {"test": "curl -f http://localhost/ || exit 1", "interval": 10**9} ->
    {"Test": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], "Interval": 1000000000}
    """
    value = _plain(value)
    if not isinstance(value, Mapping):
        raise InvalidArgument(f"healthcheck must be a mapping, got {_describe(value)}")
    out: dict[str, Any] = {}
    for key, val in dict(to_wire(value)).items():
        name = _text(key)
        out[_HEALTH_KEYS.get(name, name)] = val
    test = out.get("Test")
    if isinstance(test, str):
        out["Test"] = ["CMD-SHELL", test]
    return out


# --------------------------------------------------------------------------- signals


def signal_name(value: int | str) -> str:
    """A signal for the query string: an int is sent as its number, a name as given ("SIGKILL")."""
    if isinstance(value, bool):
        raise InvalidArgument(f"not a signal: {_describe(value)}")
    if isinstance(value, int):  # a signal.Signals too: int() drops the enum, whose str() may be its name
        if value <= 0:
            raise InvalidArgument(f"not a signal number: {value}")
        return str(int(value))
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise InvalidArgument(f"not a signal: {_describe(value)}")


# --------------------------------------------------------------------------- swarm


def service_mode(value: Mapping[str, Any] | str) -> dict[str, Any]:
    """A service mode: "replicated" / "global" (and the job modes) as a shorthand; a mapping passes."""
    value = _plain(value)
    if isinstance(value, str):
        modes = {"replicated": "Replicated", "global": "Global",
                 "replicated-job": "ReplicatedJob", "global-job": "GlobalJob"}
        key = modes.get(value.lower())
        if key is None:
            raise InvalidArgument(f"unknown service mode {value!r} (one of {sorted(modes)})")
        return {key: {}}
    if isinstance(value, Mapping):
        return dict(value)
    raise InvalidArgument(f"a service mode must be a str or a mapping, got {_describe(value)}")


def network_attachments(value: Iterable[Any]) -> list[dict[str, Any]]:
    """Networks of a service: each a name/id (→ {"Target": name}) or a NetworkAttachmentConfig mapping."""
    value = _plain(value)
    if isinstance(value, (str, Mapping)) or not isinstance(value, Iterable):
        raise InvalidArgument(f"networks must be a list, got {_describe(value)}")
    out: list[dict[str, Any]] = []
    for item in value:
        if isinstance(item, str):
            out.append({"Target": item})
        elif isinstance(item, Mapping):
            out.append(dict(item))
        else:
            raise InvalidArgument(f"a network must be a name or a mapping, got {_describe(item)}")
    return out


def unlock_key(value: Mapping[str, Any] | str) -> str:
    """A swarm unlock key: the key itself, or the mapping (or model) `get_unlock_key()` returned."""
    if isinstance(value, str):
        return value
    getter = getattr(value, "get", None)
    if getter is not None:
        key = getter("UnlockKey")
        if isinstance(key, str):
            return key
    raise InvalidArgument(f"expected an unlock key or a mapping with UnlockKey, got {_describe(value)}")


def file_chunks(value: str) -> Iterator[bytes]:
    """A file named by its path, as a body streamed chunk by chunk. A missing file raises OSError at once."""
    handle = open(value, "rb")  # noqa: SIM115 - closed by the generator when the body is sent

    def chunks() -> Iterator[bytes]:
        with handle:
            while chunk := handle.read(1024 * 1024):
                yield chunk

    return chunks()
