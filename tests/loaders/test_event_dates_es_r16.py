"""Spanish event dates, round 16: a day told bare after a date of its month, and of two dates the parse hangs
from no trigger, the nearer one first; a meeting told as one again; a case brought before a court; a testimony's
"marchamos". Invented sentences, about no report of the eval set."""
from loaders.dates_es import find_dates
from loaders.pipeline import default_extractor
from loaders.read import report_from_text


def _graph(text: str, published: str = "2019-05"):
    return default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))


def _dates(graph, kind: str) -> list:
    return sorted(n.properties.get("date") for n in graph.nodes if "Event" in n.labels and kind in n.labels)


def _told(text: str, published: str = "2019-05") -> dict[str, str]:
    return {d.text: d.date for d in find_dates(text, published)}


def test_a_bare_day_after_a_date_of_its_month_is_that_month():
    told = _told("Un juez liberó al dirigente el 3 de mayo y una semana después, el 10, los comuneros marcharon.")
    assert told["el 10"] == "2019-05-10"


def test_a_bare_day_needs_a_date_of_its_month_before_it_in_its_sentence():
    # ("el 10, ..." alone, or after a full stop, tells no month; "el 10 y el 12 de junio" is June's)
    assert "el 10" not in _told("El dirigente fue liberado el 3 de mayo. Después, el 10, los comuneros marcharon.")
    assert "el 10" not in _told("Tras el paro del 3 de mayo, el 10 y el 12 de junio los comuneros marcharon.")


def test_of_two_dates_hanging_from_no_trigger_the_nearer_gives_it_its_day():
    # (the parse hangs both from "liberó", no event: the 3rd is the release's, the 10th the table's)
    text = ("Un juez liberó al dirigente Mario Quispe Flores el 3 de mayo y una semana después, el 10, se instaló en el "
            "coliseo de Santa Rita una mesa de diálogo con delegados del Ministerio de Energía.")
    assert _dates(_graph(text), "DialogueTable") == ["2019-05-10"]


def test_a_meeting_told_as_one_again_is_a_meeting_of_its_day():
    text = "Las partes firmaron un acta el 3 de mayo en el coliseo de Santa Rita y volverán a reunirse el 20 de mayo en Cusco."
    assert "2019-05-20" in _dates(_graph(text), "Meeting")


def test_a_case_brought_before_a_court_is_a_legal_action_of_its_day():
    text = ("La Procuraduría Ambiental sometió el 20 de mayo ante el Juzgado de Paz de Santa Rita a la empresa Minera "
            "del Valle por el derrame de relaves ocurrido el pasado 2 de mayo.")
    assert "2019-05-20" in _dates(_graph(text), "LegalAction")


def test_a_first_person_plural_without_an_imperfect_ending_goes_on_in_the_time_told_before():
    # ("marchamos" is preterite or present, though the small model calls it imperfect; "marchábamos" would be a state)
    text = ("—¿Qué pasó el lunes?\n\n"
            "—Los pobladores del cantón Santa Rita y del caserío Las Palmas marchamos hasta la alcaldía de San Pedro. Fuimos "
            "unas trescientas personas.")
    assert _dates(_graph(text, "2019-05-15"), "Protest") == ["2019-05-13"]
