"""The classic API's helpers: env files, the environment's client keywords, and request bodies built from keywords."""

from __future__ import annotations

from ._connection import kwargs_from_env
from ._envfile import parse_env_file
from ._helpers import *  # noqa: F403 - the generated body builders
from ._helpers import __all__ as _helpers_all

__all__ = ["kwargs_from_env", "parse_env_file", *_helpers_all]
