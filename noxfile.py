"""Developer tasks. Every session runs in the current interpreter (no per-session virtualenv, nothing
reinstalled): install the project once with ``pip install -e '.[dev]'`` (scripts/test.sh does it).

    nox -s tests -- -k ping      # test servers up (idempotent), then pytest
    nox -s lint typecheck
    nox -s generate              # regenerate generated/dockerapi from the catalog
    nox -s check-generated       # fail if generated/dockerapi is stale
    nox -s bench
    nox -s fresh                 # fresh venvs, newest and lowest allowed versions: unit tests + mypy
    nox -s docs                  # the reference site into site/ (needs pip install -e '.[docs]')
    nox -s fuzz                  # 100,000 examples per wire decoder (hypothesis)
"""

from __future__ import annotations

import sys

import nox

nox.options.sessions = ["lint", "typecheck", "check-generated", "tests"]
nox.options.reuse_existing_virtualenvs = True

PY = sys.executable


@nox.session(python=False)
def tests(session: nox.Session) -> None:
    """Real test servers up (scripts/servers.sh up, needs root), then the whole pytest suite."""
    session.run("bash", "scripts/servers.sh", "up", external=True)
    session.run(PY, "-m", "pytest", "tests", *session.posargs, external=True)


@nox.session(python=False)
def lint(session: nox.Session) -> None:
    session.run(
        PY, "-m", "ruff", "check", "generated/dockerapi", "codegen", "tests", *session.posargs, external=True
    )


@nox.session(python=False)
def typecheck(session: nox.Session) -> None:
    session.run(PY, "-m", "mypy", "--strict", "generated/dockerapi", *session.posargs, external=True)
    # what VS Code (Pylance) users see: every exported symbol's type known, and user code clean
    session.run(PY, "-m", "pyright", "--verifytypes", "dockerapi", "--ignoreexternal", external=True)
    session.run(PY, "-m", "pyright", "--pythonpath", PY, "tests/typing/user_code.py", "tests/typing/objects_code.py",
                external=True)


@nox.session(python=False)
def generate(session: nox.Session) -> None:
    session.run(PY, "-m", "codegen", "generate", *session.posargs, external=True)


@nox.session(name="check-generated", python=False)
def check_generated(session: nox.Session) -> None:
    session.run(PY, "-m", "codegen", "generate", "--check", *session.posargs, external=True)


@nox.session(python=False)
def bench(session: nox.Session) -> None:
    session.run(PY, "-m", "benchmarks", *session.posargs, external=True)


@nox.session(python=False)
def fresh(session: nox.Session) -> None:
    """What a new install gets: scripts/fresh-install-check.sh [newest] [lowest] (default both)."""
    session.run("bash", "scripts/fresh-install-check.sh", *session.posargs, external=True)


@nox.session(python=False)
def docs(session: nox.Session) -> None:
    """The reference site (mkdocs.yml, docs/): `mkdocs build --strict`, so any warning fails the build."""
    session.run(PY, "-m", "mkdocs", "build", "--strict", *session.posargs, external=True,
                env={"NO_MKDOCS_2_WARNING": "1"})


# one property test per decoder: the HTTP/1.1 reader, the de-chunker, the frame decoder, the JSON splitter
FUZZ_TARGETS = ("test_response_reader_on_any_bytes or test_dechunker_on_mangled_bodies"
                " or test_frame_decoder_on_any_bytes or test_json_splitter_on_json_like_text")


@nox.session(python=False)
def fuzz(session: nox.Session) -> None:
    """Long property-based run of the wire decoders (default 100,000 examples each; CI runs 200).

    `nox -s fuzz -- 20000` for another count.
    """
    examples = session.posargs[0] if session.posargs else "100000"
    session.env["DOCKERAPI_FUZZ_EXAMPLES"] = examples
    session.run(PY, "-m", "pytest", "tests/unit/test_fuzz_decoders.py", "-k", FUZZ_TARGETS, "-p", "no:cacheprovider",
                "--hypothesis-show-statistics", "-q", external=True)
