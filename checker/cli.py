"""The ``numcheck`` command: a thin layer over :mod:`checker.pipeline`.

Each command parses options, calls one library function, and formats the
result. Exit codes follow linters: 0 clean, 1 findings at or above
``--fail-on``, 2 bad usage, bad configuration, unreadable input or an internal
error.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Any, Callable, Sequence

import click

from checker.errors import ConfigError, InputError, NumcheckError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

#: Report formats (checker.report.REPORT_FORMATS, kept here so that `--help` needs no pandas; a test keeps them equal).
FORMATS = ("csv", "sarif", "junit", "html", "json", "markdown")


class NumcheckClickError(click.ClickException):
    """A known library error: message to stderr, exit code 2."""

    exit_code = EXIT_ERROR


def _fail(exc: Exception) -> None:
    raise NumcheckClickError(str(exc)) from exc


def _guarded(action: Callable[[], Any]) -> Any:
    """Run ``action``, turning numcheck's own errors into exit code 2 with the located message."""
    try:
        return action()
    except ConfigError as exc:
        raise NumcheckClickError(f"invalid configuration:\n{exc}") from exc
    except (InputError, NumcheckError) as exc:
        _fail(exc)


def _split_fields(values: Sequence[str]) -> tuple[str, ...] | None:
    names: list[str] = []
    for value in values:
        names.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(names) or None


def _corpus_options(text_field, date_field, outlet_field, title_field, id_field):
    from checker.corpus import CorpusOptions

    overrides = {}
    for key, value in (("text_fields", text_field), ("date_fields", date_field), ("outlet_fields", outlet_field),
                       ("title_fields", title_field), ("id_fields", id_field)):
        names = _split_fields(value)
        if names:
            overrides[key] = names
    return CorpusOptions(**overrides)


def corpus_field_options(command: Callable) -> Callable:
    """Options naming the fields of JSONL/JSON/CSV inputs (each repeatable or comma-separated)."""
    from checker.corpus import CorpusOptions

    defaults = CorpusOptions()
    for name, what, names in reversed([
        ("--text-field", "the article text", defaults.text_fields),
        ("--date-field", "the publication date", defaults.date_fields),
        ("--outlet-field", "the outlet", defaults.outlet_fields),
        ("--title-field", "the title", defaults.title_fields),
        ("--id-field", "a document id", defaults.id_fields),
    ]):
        help_text = (f"field holding {what}; dotted names reach into objects (source.name). "
                     f"Default: the first of {', '.join(names)} (any case)")
        command = click.option(name, multiple=True, metavar="NAME", help=help_text)(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="numcheck")
def main() -> None:
    """numcheck: find numeric claims in news and flag the figures that contradict each other."""


@main.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rules", "-r", "rules", multiple=True, type=click.Path(path_type=Path),
              help="rule pack file or directory (repeatable; later ids override earlier). Default: the shipped default pack.")
@click.option("--out", "-o", type=click.Path(path_type=Path), default=Path("numcheck-report"), show_default=True,
              help="directory for the reports")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error", show_default=True,
              help="lowest severity of an unsuppressed finding that makes the exit code 1")
@click.option("--baseline", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="baseline file whose findings are reported as suppressed")
@click.option("--aliases", multiple=True, type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="speaker alias YAML file, on top of the shipped aliases (repeatable)")
@click.option("--format", "formats", multiple=True, type=click.Choice(FORMATS),
              help="report formats to write (repeatable; default: all). The CSVs are always written.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="extract with this many processes through Dask (needs numcheck[dask])")
@click.option("--scheduler", metavar="ADDRESS",
              help="extract on a dask.distributed cluster at ADDRESS (tcp://host:8786)")
@click.option("--quiet", "-q", is_flag=True, help="print nothing but errors")
@corpus_field_options
def check_command(paths, rules, out, fail_on, baseline, aliases, formats, workers, scheduler, quiet,
                  text_field, date_field, outlet_field, title_field, id_field) -> None:
    """Check the corpus at PATHS (files or directories) and write the reports.

    Text files (.txt, .md, with optional YAML front matter) are one document
    each; .jsonl, .json and .csv files hold one document per row. The exit code
    is 1 when an unsuppressed finding is at or above --fail-on.
    """
    from checker.pipeline import run
    from checker.report.summary import format_summary

    options = _corpus_options(text_field, date_field, outlet_field, title_field, id_field)
    chosen = tuple(dict.fromkeys(("csv",) + tuple(formats))) if formats else FORMATS
    result = _guarded(lambda: run(list(paths), rules=list(rules) or None, out=out, baseline=baseline,
                                  fail_on=fail_on, formats=chosen, aliases=list(aliases),
                                  corpus_options=options, workers=workers, scheduler=scheduler))
    for note in result.notes:
        click.echo(f"numcheck: baseline: {note}", err=True)
    for warning in result.documents.loc[result.documents["warning"] != "", ["file", "warning"]].itertuples(index=False):
        if not quiet:
            click.echo(f"numcheck: warning: {warning.file}: {warning.warning}", err=True)
    if not quiet:
        click.echo(format_summary(result.documents, result.claims, result.findings,
                                  fail_on=fail_on, exit_code=result.exit_code, written=result.written))
    sys.exit(result.exit_code)


@main.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(path_type=Path), help="write the claims CSV here instead of stdout")
@click.option("--aliases", multiple=True, type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="speaker alias YAML file (repeatable)")
@corpus_field_options
def extract_command(paths, output, aliases, text_field, date_field, outlet_field, title_field, id_field) -> None:
    """Extract the numeric claims of PATHS and print them as CSV (no rules applied)."""
    from checker.aliases import load_aliases
    from checker.corpus import load_corpus
    from checker.pipeline import extract_corpus
    from checker.report.csv import claims_csv

    options = _corpus_options(text_field, date_field, outlet_field, title_field, id_field)

    def action() -> str:
        documents = load_corpus(list(paths), options)
        return claims_csv(extract_corpus(documents, aliases=load_aliases(list(aliases))))

    text = _guarded(action)
    if output:
        from checker.atomic import write_atomic

        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


@main.group("rules")
def rules_group() -> None:
    """List and explain the rules of a rule pack."""


@rules_group.command("list")
@click.option("--rules", "-r", "rules", multiple=True, type=click.Path(path_type=Path),
              help="rule pack file or directory (default: the shipped default pack)")
def rules_list(rules) -> None:
    """List the rules (id, kind, topic, severity) of the rule packs."""
    from checker.pipeline import load_ruleset
    from checker.ruleset import list_rules

    table = _guarded(lambda: list_rules(load_ruleset(list(rules) or None)))
    click.echo(table.to_string(index=False))


@rules_group.command("explain")
@click.argument("rule_id")
@click.option("--rules", "-r", "rules", multiple=True, type=click.Path(path_type=Path),
              help="rule pack file or directory (default: the shipped default pack)")
def rules_explain(rule_id, rules) -> None:
    """Explain RULE_ID: what it flags, why, an example, and its options."""
    from checker.pipeline import load_ruleset
    from checker.ruleset import explain_rule

    click.echo(_guarded(lambda: explain_rule(load_ruleset(list(rules) or None), rule_id)))


@main.group("baseline")
def baseline_group() -> None:
    """Record today's findings so that later runs report only new ones."""


@baseline_group.command("create")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rules", "-r", "rules", multiple=True, type=click.Path(path_type=Path),
              help="rule pack file or directory (default: the shipped default pack)")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=Path("numcheck-baseline.yaml"),
              show_default=True, help="baseline file to write")
@click.option("--aliases", multiple=True, type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="speaker alias YAML file (repeatable)")
@corpus_field_options
def baseline_create(paths, rules, output, aliases, text_field, date_field, outlet_field, title_field, id_field) -> None:
    """Write the current findings of PATHS to a baseline file (pass it to `check --baseline`)."""
    from checker.atomic import write_atomic
    from checker.baseline import create_baseline
    from checker.pipeline import run

    options = _corpus_options(text_field, date_field, outlet_field, title_field, id_field)
    result = _guarded(lambda: run(list(paths), rules=list(rules) or None, out=None, aliases=list(aliases),
                                  corpus_options=options))
    write_atomic(output, create_baseline(result.findings))
    click.echo(f"numcheck: wrote {len(result.findings)} finding(s) to {output}")


@main.command("test-rules")
@click.argument("directory", type=click.Path(path_type=Path, exists=True, file_okay=False))
def test_rules(directory) -> None:
    """Run the rule fixture cases under DIRECTORY (a mini corpus and the findings it must and must not give)."""
    from checker.ruletests import run_rule_tests

    results = _guarded(lambda: run_rule_tests(directory))
    failed = results[~results["passed"].astype(bool)]
    for row in failed.itertuples(index=False):
        click.echo(f"FAIL {row.case}: {row.rule_id} {row.expected} at {row.doc}:{row.line}: {row.detail}")
    click.echo(f"{int(results['passed'].sum())} passed, {len(failed)} failed")
    sys.exit(EXIT_FINDINGS if len(failed) else EXIT_CLEAN)


def entry() -> None:
    """Console entry point that maps unexpected exceptions to exit code 2 with a short trace."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except Exception:  # an internal error: still a linter's exit code 2, never 1
        traceback.print_exc()
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":  # pragma: no cover
    entry()
