"""The classic API's helpers: env files, and request bodies built from keywords."""

from __future__ import annotations

from ._envfile import parse_env_file
from ._helpers import *  # noqa: F403 - the generated body builders
from ._helpers import __all__ as _helpers_all

__all__ = ["parse_env_file", *_helpers_all]
