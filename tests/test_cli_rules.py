
from typer.testing import CliRunner

from redactor.cli import app

runner = CliRunner()


def test_rules_list_shows_pack_rules_and_ner(tmp_path):
    pack = tmp_path / "badges.yaml"
    pack.write_text("recognizers:\n  - name: NewsroomBadge\n    supported_entity: ID_NUMBER\n"
                    "    patterns: [{name: b, regex: 'BDG-\\d{4}', score: 0.8}]\n", encoding="utf-8")
    cfg = tmp_path / "redactor.yaml"
    cfg.write_text(f"packs: [public, {pack}]\nkeep: [Reuters]\n", encoding="utf-8")
    result = runner.invoke(app, ["rules", "list", "--config", str(cfg)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "NewsroomBadge" in result.stdout and "badges" in result.stdout
    assert "SpacyRecognizer" in result.stdout
    assert "keep list of pack 'public'" in result.stdout
    assert "keep list of the config: 1 terms" in result.stdout


def test_rules_test_runs_only_that_pack(tmp_path):
    pack = tmp_path / "badges.yaml"
    pack.write_text("recognizers:\n  - name: NewsroomBadge\n    supported_entity: ID_NUMBER\n"
                    "    patterns: [{name: b, regex: 'BDG-\\d{4}', score: 0.8}]\n", encoding="utf-8")
    result = runner.invoke(app, ["rules", "test", str(pack), "Anton Bykov showed badge BDG-1234"],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "NewsroomBadge" in result.stdout and "BDG-1234" in result.stdout
    # Other detectors (NER would find the name) are not part of a pack test.
    assert "PERSON" not in result.stdout


def test_rules_test_unknown_pack_is_a_usage_error():
    result = runner.invoke(app, ["rules", "test", "nosuchpack", "text"])
    assert result.exit_code == 2
    assert "unknown rule pack 'nosuchpack'" in result.stderr
