"""docker-py's `docker.version` for `import dockerapi.classic as docker`.

`__version__` names the docker-py release whose API this face reproduces, not this package's own version
(`dockerapi.__version__`): code that checks `docker.version.__version__` (or `docker.__version__`) before
relying on a docker-py feature gets the answer that matches what it will find here. Libraries also pass it
where docker-py takes an API version (testcontainers-python builds its `EndpointConfig` with it); any
version at or above 1.x answers the same there.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "7.2.0"
