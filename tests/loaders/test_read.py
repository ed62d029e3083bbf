from pathlib import Path

import pytest

from loaders.read import ReportError, iter_report_paths, read_report, report_from_text

MD = "---\ntitle: A title\npublisher: PSG\npublished: 2016-10\nlanguage: en\n---\nSome text about Las Bambas.\n"


def test_markdown_front_matter(tmp_path: Path):
    p = tmp_path / "r.md"
    p.write_text(MD, encoding="utf-8")
    r = read_report(p)
    assert (r.title, r.publisher, r.published, r.language) == ("A title", "PSG", "2016-10", "en")
    assert r.text == "Some text about Las Bambas."
    assert r.doc_id.startswith("doc:") and len(r.doc_id) == 20


@pytest.mark.parametrize("value,expected", [("2016", "2016"), ("2016-10-22", "2016-10-22"), ("'2016-10'", "2016-10")])
def test_published_precision_and_yaml_types(value, expected):
    r = report_from_text(f"---\npublished: {value}\n---\nbody")
    assert r.published == expected


def test_no_published_and_metadata_override():
    r = report_from_text("just text", {"published": "2019-08-07", "title": "T"})
    assert (r.published, r.title) == ("2019-08-07", "T")
    assert report_from_text("just text", {}).published is None


@pytest.mark.parametrize("text,problem", [
    ("---\ntitle: [unclosed\n---\nbody", "malformed front matter"),
    ("---\npublished: October\n---\nbody", "bad published date"),
    ("---\ntitle: x\n---\n\n", "empty"),
])
def test_errors_name_file_and_problem(tmp_path: Path, text, problem):
    p = tmp_path / "bad.md"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ReportError) as err:
        read_report(p)
    assert "bad.md" in str(err.value) and problem in str(err.value)


def test_unreadable(tmp_path: Path):
    with pytest.raises(ReportError, match="unreadable"):
        read_report(tmp_path / "missing.md")


def test_html(tmp_path: Path):
    p = tmp_path / "page.html"
    p.write_text("""<html lang="en"><head><title>Fallback</title>
      <meta property="og:title" content="Strike at Tía María">
      <meta property="article:published_time" content="2019-08-07T10:00:00Z">
      <script>var x = 1;</script><style>p {}</style></head>
      <body><nav>Home | News</nav><header>Site header</header>
      <article><h1>Strike</h1><p>Farmers blocked the road near Cocachacra.</p></article>
      <footer>Copyright</footer></body></html>""", encoding="utf-8")
    r = read_report(p)
    assert r.title == "Strike at Tía María" and r.published == "2019-08-07" and r.language == "en"
    assert "Farmers blocked the road" in r.text
    for dropped in ("Home", "Site header", "Copyright", "var x"):
        assert dropped not in r.text


def test_html_time_tag():
    from loaders.read import html_to_report
    r = html_to_report('<html><body><time datetime="2016-10-22">22 Oct</time><p>Text here.</p></body></html>')
    assert r.published == "2016-10-22"


def test_iter_report_paths(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    for name in ("a.md", "b.txt", "sub/c.html", "d.json"):
        (tmp_path / name).write_text("x")
    found = iter_report_paths([tmp_path, tmp_path / "a.md"])
    assert [p.name for p in found] == ["a.md", "b.txt", "c.html"]
    assert [p.name for p in iter_report_paths([tmp_path / "*.txt"])] == ["b.txt"]
