from __future__ import annotations

import pytest
from dockerapi._dockerignore import IgnoreMatcher, Pattern, clean_path, parse
from dockerapi._errors import InvalidArgument


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("", "."),
        ("a/b/", "a/b"),
        ("a//b/./c", "a/b/c"),
        ("a/../b", "b"),
        ("../a", "../a"),
        ("/../a", "/a"),
        ("/", "/"),
        ("./", "."),
        ("a/b/../../..", ".."),
    ],
)
def test_clean_path(raw: str, cleaned: str) -> None:
    assert clean_path(raw) == cleaned


def test_parse_comments_whitespace_and_exceptions() -> None:
    text = "\ufeff# comment\n\n  node_modules/  \n/build\n! keep.txt\n#!notanexception\n ./a/../b//c \n"
    assert [str(p) for p in parse(text)] == ["node_modules", "build", "!keep.txt", "b/c"]


def test_parse_hash_not_in_first_column_is_a_pattern() -> None:
    assert [str(p) for p in parse("  #x")] == ["#x"]


def test_parse_lone_bang_is_an_error() -> None:
    with pytest.raises(InvalidArgument):
        parse("!\n")


def test_parse_unterminated_class_is_an_error() -> None:
    with pytest.raises(InvalidArgument):
        parse("[abc\n")


def m(*patterns: str) -> IgnoreMatcher:
    return IgnoreMatcher(list(patterns))


@pytest.mark.parametrize(
    ("patterns", "path", "excluded"),
    [
        (["*.pyc"], "a.pyc", True),
        (["*.pyc"], "sub/a.pyc", False),  # '*' stays in one directory
        (["**/*.pyc"], "sub/deep/a.pyc", True),
        (["**/*.pyc"], "a.pyc", True),  # '**' also matches zero directories
        (["a/**/b"], "a/b", True),
        (["a/**/b"], "a/x/y/b", True),
        (["a/**"], "a/x/y", True),
        (["a/**"], "a", False),
        (["**"], "anything/at/all", True),
        (["docs"], "docs/index.md", True),  # parent directory match
        (["docs"], "mydocs", False),
        (["d?cs"], "docs", True),
        (["d?cs"], "d/cs", False),
        (["[a-c]x"], "bx", True),
        (["[a-c]x"], "dx", False),
        (["[^a-c]x"], "dx", True),
        (["[^a-c]x"], "ax", False),
        (["a[/]b"], "a/b", False),  # a class never matches the separator
        (["a\\*b"], "a*b", True),
        (["a\\*b"], "axb", False),
        (["*", "!keep"], "keep", False),
        (["*", "!keep"], "other", True),
        (["*", "!keep", "keep"], "keep", True),  # last match wins
        (["dir", "!dir/keep"], "dir/keep", False),
        (["dir", "!dir/keep"], "dir/keep/inner", False),
        (["dir", "!dir/keep"], "dir/other", True),
        (["/abs"], "abs", True),
        (["a.b"], "axb", False),  # regex metacharacters are literal
        (["(x)+"], "(x)+", True),
    ],
)
def test_matches(patterns: list[str], path: str, excluded: bool) -> None:
    assert m(*patterns).matches(path) is excluded


def test_can_skip_dir() -> None:
    assert m("dir").can_skip_dir("dir")
    assert not m("other").can_skip_dir("dir")  # not excluded at all
    assert not m("dir", "!dir/keep").can_skip_dir("dir")
    assert m("dir", "!other/keep").can_skip_dir("dir")
    assert not m("dir", "!*/keep").can_skip_dir("dir")
    assert not m("dir", "!**/keep").can_skip_dir("dir")
    assert m("dir", "!dir").can_skip_dir("dir") is False  # re-included: not excluded
    assert m("a", "!a/b/c").can_skip_dir("a/x") is True
    assert m("a", "!a/b/c").can_skip_dir("a/b") is False


def test_pattern_objects_accepted() -> None:
    matcher = IgnoreMatcher([Pattern("x"), Pattern("x/y", exclusion=True)])
    assert matcher.matches("x/z")
    assert not matcher.matches("x/y")
    assert bool(matcher)
    assert not IgnoreMatcher([])
