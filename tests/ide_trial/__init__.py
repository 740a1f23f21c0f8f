"""Small programs written as a new user would, from the IDE (completions, hover, signatures) and the
reference alone (see docs/ide-trial.md). tests/integration/test_ide_trial.py runs each one's main()."""
