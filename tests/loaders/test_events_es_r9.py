"""Spanish events, round 9: a road kept closed told in a relative clause, decisions on permits told by the verb,
and where those sent came from. Invented sentences."""
from loaders.pipeline import default_extractor
from loaders.read import report_from_text


def _of(kind: str, text: str, published: str = "2018-05-10"):
    """The events of a kind: (date, place names, {participant: role}) of each."""
    graph = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    return [(e.properties.get("date"),
             {names[r.end] for r in graph.relationships if r.type == "OCCURRED_AT" and r.start == e.id},
             {names[r.start]: r.properties.get("role") for r in graph.relationships
              if r.type == "PARTICIPATED_IN" and r.end == e.id})
            for e in graph.nodes if "Event" in e.labels and kind in e.labels]


def test_a_road_kept_closed_told_in_a_relative_clause_after_its_town():
    text = ("El 9 de mayo la Guardia Civil restableció el tránsito en la carretera 12, en San Quenua de Pucará, que "
            "permanecía cortada por los vecinos.")
    assert len(_of("Roadblock", text)) == 1


def test_a_permit_granted_in_the_passive_is_a_decision_on_the_mine_spoken_of():
    text = ("La mina Quenua opera en el distrito de Tacabamba. La concesión fue otorgada por el Ministerio de "
            "Energía y Minas en 2012.")
    decisions = _of("PermitDecision", text)
    assert [(d, places) for d, places, _ in decisions] == [("2012", {"Quenua"})]


def test_a_contract_granted_apart_from_its_verb_is_a_decision():
    text = "La cooperativa trabaja en el cerro Quenua, para el que la Autoridad Minera le otorgó un contrato minero en 2015."
    assert [d for d, _, _ in _of("PermitDecision", text)] == ["2015"]


def test_a_permit_word_without_a_verb_of_deciding_is_no_decision():
    text = "El 3 de mayo, la empresa Minera Quenua firmó un contrato con la cooperativa de transportistas."
    assert _of("PermitDecision", text) == []


def test_where_those_sent_came_from_is_not_where_they_arrested():
    text = ("El minero Juan Quispe trabaja en la mina Quenua.\n\nEl 6 de mayo, efectivos de la Policía Nacional, "
            "enviados desde Tacabamba por el jefe regional, aprehendieron a once comuneros.")
    arrests = _of("Arrest", text)
    assert arrests and all("Tacabamba" not in places for _, places, _ in arrests)


def test_a_bullet_headed_by_a_time_of_day_tells_of_the_publication_day():
    text = ("Cobertura en vivo desde Tacabamba.\n\n**7:10 a. m.** Unos 200 comuneros de Pucará bloquearon la carretera "
            "a Tacabamba.\n\n**9:45 a. m.** Agentes de la Policía Nacional lanzaron gases lacrimógenos contra los comuneros.")
    assert [d for d, _, _ in _of("Clash", text, "2018-05-10")] == ["2018-05-10"]


def test_a_time_of_day_after_a_dated_heading_is_of_that_day():
    from loaders.dates_es import find_dates
    text = "**8 de mayo**\n\n- 9:30 h: Agentes de la Policía Nacional lanzaron gases lacrimógenos."
    assert [d.date for d in find_dates(text, "2018-05-10")] == ["2018-05-08", "2018-05-08"]


def test_a_weekday_and_a_day_without_a_month_is_the_day_of_the_month_it_falls_on():
    from loaders.dates_es import find_dates
    text = "El domingo 6 de mayo marcharon. El martes 8, los soldados desalojaron la vigilia. El lunes 30 hubo otra marcha."
    assert [d.date for d in find_dates(text, "2018-05-10")] == ["2018-05-06", "2018-05-08", "2018-04-30"]


def test_a_weekday_and_a_day_dates_the_event_of_its_bullet():
    text = "1. El martes 8, agentes de la Policía Nacional detuvieron a Juan Quispe Mamani en Tacabamba."
    assert [d for d, _, _ in _of("Arrest", text, "2018-05-10")] == ["2018-05-08"]


def test_a_verb_of_saying_after_a_quote_with_no_subject_is_the_person_named_before():
    text = ('El 8 de mayo declaró ante el juez el dirigente Juan Quispe Mamani. "Nos tratan como delincuentes por '
            'defender el agua", reclama.')
    speakers = {p: r for _, _, roles in _of("Statement", text) for p, r in roles.items()}
    assert speakers.get("Juan Quispe Mamani") == "speaker"


def test_a_common_noun_speaker_after_a_quote_is_the_person_named_before():
    text = ('El operativo lo dirigió el coronel Pedro Ramos Vilca. "Cumplimos una orden del juzgado", explicó el oficial '
            'a este diario.')
    speakers = {p: r for _, _, roles in _of("Statement", text) for p, r in roles.items()}
    assert speakers.get("Pedro Ramos Vilca") == "speaker"


def test_a_visit_to_the_village_went_to_the_village_named_before():
    text = ("Los pobladores de la aldea de Quenua, municipio de Tacabamba, rechazan el traslado. El Comisionado "
            "Nacional de los Derechos Humanos visitó la aldea en abril.")
    assert [(d, places) for d, places, _ in _of("Visit", text)] == [("2018-04", {"Quenua"})]


def test_a_weekday_told_of_a_noun_is_a_date():
    from loaders.dates_es import find_dates
    text = "El Concejo aprobó en su sesión ordinaria del martes una resolución contra la mina."
    assert [d.date for d in find_dates(text, "2018-05-10")] == ["2018-05-08"]


def test_a_gathering_takes_the_place_of_its_verbs_oblique():
    text = ("Ayer, tras cuatro horas de conversaciones con el intendente Juan Ríos Vega en el salón municipal de Villa "
            "Quenua, se acordó que el corte deje pasar a los vehículos de abastecimiento pero no a las máquinas de la minera.")
    assert any("Villa Quenua" in places for _, places, _ in _of("Agreement", text, "2007-03-21"))


def test_the_charge_a_prosecutor_names_is_no_event_of_its_own():
    text = ("El jueves 3, los choferes se enfrentaron a golpes con los comuneros de Pucará. La fiscal de Tacabamba, "
            "Rosa Vilca Mamani, imputó el viernes por lesiones a dos choferes de la empresa.")
    assert [d for d, _, _ in _of("Injury", text)] == []


def test_barricades_put_up_are_a_roadblock_and_the_blockade_lifted_a_truce():
    built = "El 8 de mayo, un grupo de comuneros levantó barricadas en la carretera a Tacabamba."
    lifted = "El 9 de mayo, los comuneros levantaron el bloqueo de la carretera a Tacabamba."
    assert [d for d, _, _ in _of("Roadblock", built)] == ["2018-05-08"]
    assert [d for d, _, _ in _of("Truce", lifted)] == ["2018-05-09"] and _of("Roadblock", lifted) == []
