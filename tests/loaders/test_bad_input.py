"""Issue 11: files a careful or a hostile user hands the reader (bad bytes, binary, PDFs, front
matter that lies about its types, alias bombs) are refused with the file and the problem named,
or repaired and said so; never misread."""
from pathlib import Path

import pytest

from loaders.read import ReportError, read_report, report_from_text

BODY = "Martín Vizcarra visitó Las Bambas el 22 de octubre. La comunidad pidió diálogo y la mina aceptó."


def test_a_stray_byte_is_replaced_and_reported_not_the_file_read_as_latin1(tmp_path: Path):
    path = tmp_path / "stray.md"
    path.write_bytes(f"---\ntitle: Visita\n---\n{BODY}\nUn byte suelto: \xff fin.".encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    report = read_report(path)
    assert "Martín" in report.text and "MartÃ" not in report.text
    assert "\ufffd" in report.text
    assert len(report.warnings) == 1 and "invalid UTF-8" in report.warnings[0]


def test_a_latin1_file_is_read_in_its_encoding_and_said_so(tmp_path: Path):
    path = tmp_path / "latin1.md"
    path.write_bytes(BODY.encode("latin-1"))
    report = read_report(path)
    assert "Martín Vizcarra" in report.text and "diálogo" in report.text
    assert report.warnings and "not UTF-8" in report.warnings[0]


@pytest.mark.parametrize("raw,problem", [
    (bytes(range(256)) * 40, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), "binary"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
])
def test_binary_files_and_pdfs_are_refused_by_name(tmp_path: Path, raw, problem):
    path = tmp_path / "report.md"
    path.write_bytes(raw)
    with pytest.raises(ReportError) as err:
        read_report(path)
    assert str(err.value).startswith(f"{path}: ") and problem in err.value.problem


@pytest.mark.parametrize("front,problem", [
    ("title: [a, b]", "title: must be text"),
    ("published: 2016-10-22garbage", "bad published date"),
    ("published: 2016-02-30", "bad published date"),
    ("published: 2016-13", "bad published date"),
    ("published: [2016]", "bad published date"),
    ("a: &a [x, x, x]\nb: &b [*a, *a, *a]\ntitle: *b", "aliases"),
    ("title: !!python/object:os.system echo", "tags"),
    ("title: !!str 12", "tags"),
])
def test_front_matter_with_wrong_types_aliases_or_tags_is_refused(front, problem):
    with pytest.raises(ReportError) as err:
        report_from_text(f"---\n{front}\n---\n{BODY}")
    assert problem in err.value.problem


def test_an_alias_bomb_is_refused_before_it_expands():
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    with pytest.raises(ReportError, match="aliases"):
        report_from_text("---\n" + "\n".join(levels) + f"\n---\n{BODY}")


def test_unclosed_front_matter_is_an_error_not_body_text():
    with pytest.raises(ReportError, match="never closed"):
        report_from_text(f"---\ntitle: Visita\npublished: 2016-10\n{BODY}")


def test_unknown_front_matter_keys_are_kept_and_dates_keep_their_precision():
    report = report_from_text(f"---\ntitle: 2016\npublished: 2016-10-22\nregion: Apurímac\ntags: [mine, road]\n---\n{BODY}")
    assert (report.title, report.published) == ("2016", "2016-10-22")
    assert report.extra == {"region": "Apurímac", "tags": ["mine", "road"]}


def test_corrected_front_matter_is_a_new_document_id():
    wrong = report_from_text(f"---\ntitle: Visita\npublished: 2015-10\n---\n{BODY}")
    right = report_from_text(f"---\ntitle: Visita\npublished: 2016-10\n---\n{BODY}")
    again = report_from_text(f"---\npublished: 2016-10\ntitle: Visita\n---\n{BODY}")
    assert wrong.doc_id != right.doc_id and right.doc_id == again.doc_id


def test_text_parts_join_back_and_end_at_paragraph_breaks():
    from loaders.nlp import text_parts

    text = "\n\n".join(f"Paragraph {i} says something about the road. " * 3 for i in range(40))
    parts = text_parts(text, 500)
    assert "".join(parts) == text and max(map(len, parts)) <= 500
    assert all(p.endswith("\n\n") for p in parts[:-1])
    assert text_parts("no breaks " * 100, 120) and "".join(text_parts("x" * 1000, 120)) == "x" * 1000


def test_a_report_longer_than_spacys_max_length_is_parsed_in_parts_with_offsets_right(ex, monkeypatch):
    paragraph = ("Martín Vizcarra, Peru's vice-president, visited Las Bambas on 22 October 2016. "
                 "The Defensoría del Pueblo said the dialogue table would meet in Challhuahuacho.")
    report = report_from_text("---\ntitle: Long\npublished: 2016-10\n---\n" + "\n\n".join([paragraph] * 40))
    monkeypatch.setattr(ex.nlp, "max_length", 1000)
    assert len(report.text) > 5 * ex.nlp.max_length
    graph = ex.extract(report)
    names = {n.id: [n.properties["name"], *n.properties.get("aliases", [])] for n in graph.nodes if "Entity" in n.labels}
    spans = [(r.start, s) for r in graph.relationships if r.type == "MENTIONED_IN" and r.start in names
             for s in r.properties["spans"]]
    assert len(spans) >= 40
    for node_id, span in spans:
        start, end = map(int, span.split(":"))
        mentioned = report.text[start:end].casefold()
        assert any(mentioned in name.casefold() for name in names[node_id]), (node_id, mentioned)
    assert max(int(s.split(":")[1]) for _, s in spans) > len(report.text) - len(paragraph)
