"""``python -m newskit``: the ``newskit`` command."""

from newskit.cli import cli

if __name__ == "__main__":  # pragma: no cover
    cli()
