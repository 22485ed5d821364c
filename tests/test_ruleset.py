"""Rule packs: loading, overriding, and located problems for broken packs."""

import re
from pathlib import Path

import pytest

from checker.errors import ConfigError
from checker.kinds import KINDS
from checker.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent
BROKEN = sorted((ROOT / "fixtures" / "broken-rules").glob("*.yaml"))

# A fixture's expectation: "# expect: LINE:COL: message" (or just the message).
EXPECT = re.compile(r"^# expect: (?:(?P<line>\d+):(?P<col>\d+): )?(?P<message>.+)$", re.MULTILINE)


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.stem)
def test_broken_pack_reports_located_problems(path):
    expected = [m.groupdict() for m in EXPECT.finditer(path.read_text(encoding="utf-8"))]
    assert expected, f"{path} has no '# expect:' header"
    with pytest.raises(ConfigError) as caught:
        load_rules([path])
    problems = caught.value.problems
    for want in expected:
        matching = [p for p in problems if want["message"] in p.message]
        assert matching, f"no problem containing {want['message']!r} in {problems}"
        if want["line"]:
            assert (matching[0].line, matching[0].col) == (int(want["line"]), int(want["col"]))
        assert matching[0].file == str(path)


def test_every_problem_of_every_file_at_once():
    with pytest.raises(ConfigError) as caught:
        load_rules([ROOT / "fixtures" / "broken-rules" / "unknown-key.yaml",
                    ROOT / "fixtures" / "broken-rules" / "wrong-type.yaml"])
    assert len(caught.value.problems) == 3
    assert str(caught.value).splitlines()[0].startswith(str(ROOT / "fixtures"))


def test_default_pack_loads_with_every_kind_documented():
    ruleset = load_rules(None)
    assert {r.kind for r in ruleset.rules} >= {"agree", "magnitude", "monotonic", "jump",
                                               "projection-outlier", "self-contradiction"}
    for kind in KINDS.values():
        assert "Example" in kind.doc and "Params" in kind.doc, kind.name


def test_shipped_packs_directory_and_override(tmp_path):
    override = tmp_path / "zz-override.yaml"
    override.write_text("rules:\n  - id: figure-jumps\n    kind: jump\n    severity: error\n"
                        "    max_rate: x5\n", encoding="utf-8")
    ruleset = load_rules([ROOT / "rules" / "default.yaml", override])
    jump = ruleset.rule("figure-jumps")
    assert (jump.severity, jump.params["max_rate"], jump.file) == ("error", 5.0, str(override))
    assert [r.id for r in ruleset.rules].count("figure-jumps") == 1
    both = load_rules([ROOT / "rules"])
    assert "nk-troops-in-russia" in both.topics and both.rule("nk-troops-jump").topic == "nk-troops-in-russia"


def test_disabled_rule_is_dropped(tmp_path):
    off = tmp_path / "off.yaml"
    off.write_text("rules:\n  - id: magnitude-slip\n    kind: magnitude\n    enabled: false\n")
    ids = [r.id for r in load_rules([ROOT / "rules" / "default.yaml", off]).rules]
    assert "magnitude-slip" not in ids


def test_missing_path_is_a_problem(tmp_path):
    with pytest.raises(ConfigError, match="no such rule file"):
        load_rules([tmp_path / "nope.yaml"])


def test_a_user_topic_counted_in_batches_and_a_rule_for_levels(tmp_path):
    pack = tmp_path / "batches.yaml"
    pack.write_text("topics:\n  nightly-arrests:\n    label: Arrests per night\n    entity: [arrest]\n"
                    "    batches: true\n"
                    "rules:\n  - id: arrests-jump\n    kind: jump\n    topic: nightly-arrests\n"
                    "    applies_to: levels\n", encoding="utf-8")
    ruleset = load_rules([pack])
    assert ruleset.topics["nightly-arrests"].batches is True
    assert ruleset.rule("arrests-jump").applies_to == "levels"
    from checker.rules import _applies
    assert not _applies(ruleset.rule("arrests-jump"), ruleset.topics["nightly-arrests"])
    # The built-in concepts: arrests come in batches; troops are a level.
    default = load_rules(None)
    assert default.topics["arrested"].batches and not default.topics["troops"].batches
    assert _applies(default.rule("figure-jumps"), default.topics["troops"])
    assert not _applies(default.rule("figure-jumps"), default.topics["arrested"])


def test_batches_must_be_a_boolean(tmp_path):
    pack = tmp_path / "bad.yaml"
    pack.write_text("topics:\n  t:\n    label: T\n    batches: sometimes\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.yaml:4"):
        load_rules([pack])
