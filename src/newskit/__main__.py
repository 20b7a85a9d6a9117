"""``python -m newskit``: the ``newskit`` command, where the script is not on the ``PATH``."""

from newskit.cli import cli

if __name__ == "__main__":  # pragma: no cover - run as a program
    cli(prog_name="newskit")
