"""The README is checked against the code: every command and every setting is documented."""
from pathlib import Path

from eventwire.cli import app
from eventwire.options import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_is_in_the_readme():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert names
    for name in names:
        assert f"eventwire {name}" in README, f"command '{name}' is not documented in README.md"


def test_every_setting_is_in_the_readme():
    for name in SETTINGS:
        assert f"`{name}`" in README, f"setting '{name}' is not documented in README.md"


def test_readme_gives_the_two_setup_commands():
    assert "make run" in README and "make test" in README
