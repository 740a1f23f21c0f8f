"""`python -m codegen SUBCOMMAND ...`

Subcommands owned here: `import FOLDER [--check]`, `fidelity FOLDER` and `coverage [--json] [--swagger FOLDER]`.

HOOKS: `generate [--check]` and `load` belong to codegen/generate.py and codegen/catalog.py.
They are imported lazily and called as `main(args)` with the parsed argparse namespace;
add their options in `_add_generate_args` / `_add_load_args` below (or let those modules
expose `add_arguments(parser)`, which is used when present).
"""
from __future__ import annotations

import argparse
import importlib
import sys


def _cmd_import(args) -> int:
    from .importer import DEFAULT_OUT, DEFAULT_OVERRIDES, run
    return run(args.folder, outdir=args.out or DEFAULT_OUT, check=args.check,
               overrides_path=args.overrides or DEFAULT_OVERRIDES)


def _cmd_fidelity(args) -> int:
    from .importer.fidelity import run
    return run(args.folder, use_dmcg=not args.no_dmcg)


def _cmd_coverage(args) -> int:
    from .coverage import main
    return main(args)


def _delegate(module: str):
    def call(args) -> int:
        mod = importlib.import_module(module)
        rc = mod.main(args)
        return int(rc or 0)
    return call


# --- HOOK: options of subcommands owned by other modules -------------------
def _add_generate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--check", action="store_true",
                   help="fail if the generated files differ from the committed ones")


def _add_load_args(p: argparse.ArgumentParser) -> None:
    pass


def _hook_args(module: str, p: argparse.ArgumentParser, fallback) -> None:
    try:
        mod = importlib.import_module(module)
    except Exception:  # the module may not exist yet, or fail to import: keep the CLI usable
        mod = None
    if mod is not None and hasattr(mod, "add_arguments"):
        mod.add_arguments(p)
    else:
        fallback(p)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("import", help="derive spec/imported/ from the Engine API swagger files")
    p.add_argument("folder", help="folder with v1.NN.yaml, CHANGELOG.md and pre-1.25/v1.24.md")
    p.add_argument("--check", action="store_true",
                   help="re-import into a temp dir and fail if spec/imported differs (SKIPPED if FOLDER is missing)")
    p.add_argument("--out", help="output folder (default: spec/imported)")
    p.add_argument("--overrides", help="overrides file (default: spec/overrides.yaml)")
    p.set_defaults(func=_cmd_import)

    p = sub.add_parser("fidelity", help="cross-check every imported gate against the changelog, docker-py, "
                                        "the Go client and datamodel-code-generator")
    p.add_argument("folder", help="the swagger folder that was imported")
    p.add_argument("--no-dmcg", action="store_true", help="skip datamodel-code-generator (the slow source)")
    p.set_defaults(func=_cmd_fidelity)

    p = sub.add_parser("coverage", help="list every operation with its method, since and the tests that call it")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--swagger", metavar="FOLDER", help="check against the newest swagger in FOLDER")
    p.add_argument("--method", action="append", metavar="NAME",
                   help="only this method (repeatable), with every test that calls it")
    p.add_argument("folder", nargs="?", help="same as --swagger FOLDER")
    p.set_defaults(func=_cmd_coverage)

    # HOOK: `generate` -> codegen.generate:main(args); `load` -> codegen.catalog:main(args)
    wanted = (argv or [])[:1]
    p = sub.add_parser("generate", help="generate the client from the catalog (codegen/generate.py)")
    if wanted == ["generate"]:
        _hook_args("codegen.generate", p, _add_generate_args)
    else:
        _add_generate_args(p)
    p.set_defaults(func=_delegate("codegen.generate"))

    p = sub.add_parser("load", help="validate the merged catalog (codegen/catalog.py)")
    if wanted == ["load"]:
        _hook_args("codegen.catalog", p, _add_load_args)
    p.set_defaults(func=_delegate("codegen.catalog"))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(argv).parse_args(argv)
    from .catalog import CatalogError
    from .yamlfile import InputError
    try:
        return args.func(args)
    except (InputError, CatalogError) as exc:  # a refused input file: its message, not a traceback
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
