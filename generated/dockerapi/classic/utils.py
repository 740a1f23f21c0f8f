"""`dockerapi.utils` under the classic package, where code written for docker-py's `docker.utils` looks for it:
`kwargs_from_env`, `parse_env_file` and the body builders (`create_host_config`, ...)."""

from __future__ import annotations

from ..utils import *  # noqa: F403
from ..utils import __all__ as __all__  # noqa: PLE0604
