"""Code generation for dockerapi: `python -m codegen {import,coverage,generate,load}`."""
