"""The command line: ``vp-desk demo-data|report|backup|verify …`` (forms and rules in
:mod:`vp_desk.cli.main`; one module per sub-command, listed there explicitly)."""

from vp_desk.cli.common import CliError, read_passphrase
from vp_desk.cli.main import build_parser, main

__all__ = ["CliError", "build_parser", "main", "read_passphrase"]
