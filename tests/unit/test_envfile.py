from __future__ import annotations

from pathlib import Path

import docker.errors
import docker.utils
import pytest
from dockerapi._envfile import EnvFileError, parse_env_file
from dockerapi._errors import DockerException
from hypothesis import given, settings
from hypothesis import strategies as st


def write(tmp_path: Path, text: str) -> str:
    p = tmp_path / "vars.env"
    p.write_text(text)
    return str(p)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "A=1\n",
        "# comment\nA=1\n\n\nB=2",
        "A=1\nA=2\n",
        "URL=http://x/?a=b=c\n",
        "EMPTY=\n",
        " SPACED = v \n",
        'QUOTED="keep the quotes"\n',
        "CRLF=1\r\nNEXT=2\r\n",
        "ÜNI=çode\n",
        "A=#not a comment\n",
    ],
)
def test_matches_docker_py(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    assert parse_env_file(path) == docker.utils.parse_env_file(path)


line_st = st.one_of(
    st.builds(
        lambda k, v: f"{k}={v}",
        st.text(
            st.characters(blacklist_characters="=\n\r#", blacklist_categories=["Cs", "Zs", "Cc"]), min_size=1
        ),
        st.text(st.characters(blacklist_characters="\n\r", blacklist_categories=["Cs"])),
    ),
    st.just(""),
    st.just("# comment"),
)


@settings(max_examples=100, deadline=None)
@given(lines=st.lists(line_st, max_size=8))
def test_random_files_match_docker_py(tmp_path_factory: pytest.TempPathFactory, lines: list[str]) -> None:
    path = write(tmp_path_factory.mktemp("env"), "\n".join(lines) + "\n")
    assert parse_env_file(path) == docker.utils.parse_env_file(path)


def test_line_without_equals_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "A=1\nJUSTANAME\n")
    with pytest.raises(EnvFileError, match="line 2.*JUSTANAME"):
        parse_env_file(path)
    with pytest.raises(docker.errors.DockerException):
        docker.utils.parse_env_file(path)
    assert issubclass(EnvFileError, DockerException)


def test_differences_from_docker_py(tmp_path: Path) -> None:
    # Indented comments are comments (as in the Docker CLI; docker-py rejects the line).
    assert parse_env_file(write(tmp_path, "  # note\nA=1\n")) == {"A": "1"}
    # An empty name is refused (docker-py would set the variable "").
    with pytest.raises(EnvFileError, match="no variable name"):
        parse_env_file(write(tmp_path, "=v\n"))


def test_accepts_pathlike(tmp_path: Path) -> None:
    p = tmp_path / "x.env"
    p.write_text("K=V\n")
    assert parse_env_file(p) == {"K": "V"}
