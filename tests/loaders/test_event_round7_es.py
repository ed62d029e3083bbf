"""Spanish events of real reports, round 7: events told without the obvious trigger word (violence in the
passive, a pilgrimage or people gathered for a protest, "corte de ruta", talks as a meeting, a fast, other verbs
of saying), a verb of receiving that takes people, and a protest told as kept up that is the one begun before.
Invented sentences."""
from loaders.pipeline import default_extractor
from loaders.read import report_from_text


def _graph(text: str, published: str):
    return default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))


def _of(kind: str, text: str, published: str = "2018-05-10"):
    graph = _graph(text, published)
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    events = [n for n in graph.nodes if "Event" in n.labels and kind in n.labels]
    roles = {e.id: {names[r.start]: r.properties.get("role") for r in graph.relationships
                    if r.type == "PARTICIPATED_IN" and r.end == e.id} for e in events}
    return events, roles


def test_violence_told_in_the_passive_is_a_clash():
    text = "El 8 de mayo, los comuneros de Pucará fueron golpeados con varas por guardias de la mina Quenua."
    events, _ = _of("Clash", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-08"]


def test_a_pilgrimage_is_a_protest():
    text = "El 6 de mayo, unos 800 fieles caminaron en peregrinación desde la plaza de Tacabamba hasta la laguna Azul."
    events, _ = _of("Protest", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-06"]


def test_people_gathered_in_front_of_a_body_protest():
    text = "El 7 de mayo, cientos de pobladores se concentraron frente a la Municipalidad de Tacabamba."
    events, _ = _of("Protest", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-07"]


def test_a_corte_de_ruta_is_a_roadblock():
    text = "Los vecinos de Famayá iniciaron el 4 de mayo un corte de ruta en el paraje Los Molles."
    events, _ = _of("Roadblock", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-04"]


def test_a_fast_is_a_hunger_strike():
    text = "El 5 de mayo, siete mujeres de Famayá iniciaron un ayuno frente a la sede de la Fiscalía en Tacabamba."
    events, _ = _of("Strike", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-05"]


def test_talks_with_someone_are_a_meeting():
    text = ("El 9 de mayo, tras cinco horas de conversaciones con el alcalde de Tacabamba, Hugo Villalta Correa, "
            "en el local municipal de Tacabamba, los dirigentes firmaron un acta.")
    events, roles = _of("Meeting", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-09"]
    assert "Hugo Villalta Correa" in next(iter(roles.values()))


def test_se_sentaron_a_negociar_is_a_meeting():
    text = "El 3 de mayo, dirigentes de Famayá y funcionarios del Ministerio de Minería se sentaron a negociar en Tacabamba."
    events, _ = _of("Meeting", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-03"]


def test_other_verbs_of_saying_are_statements():
    text = ('"Nos trataron como delincuentes", relató Rosa Tineo Quispe, dirigenta de Famayá.\n\n'
            "El prefecto de Tacabamba, Julio Ancajima Ruiz, negó que hubiera habido heridos.")
    events, roles = _of("Statement", text)
    speakers = {name for r in roles.values() for name, role in r.items() if role == "speaker"}
    assert {"Rosa Tineo Quispe", "Julio Ancajima Ruiz"} <= speakers


def test_a_prosecutor_charging_is_a_legal_action():
    text = "El 10 de mayo, el Ministerio Público imputó a los nueve detenidos por disturbios."
    events, roles = _of("LegalAction", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-10"]


def test_detention_told_as_demorado_or_retenido_is_an_arrest():
    text = ("El 8 de mayo, agentes de la Policía de Tucumán se llevaron demorado a Ernesto Vallejos Paz.\n\n"
            "El 9 de mayo fue retenido por varias horas el periodista Luis Ocampo Díaz.")
    events, _ = _of("Arrest", text)
    assert sorted(e.properties.get("date") for e in events) == ["2018-05-08", "2018-05-09"]


def test_receiving_a_wound_is_no_meeting_but_receiving_people_is():
    wound, _ = _of("Meeting", "El 8 de mayo, un comunero de Famayá recibió un perdigón en la pierna.")
    assert wound == []
    people, _ = _of("Meeting", "El 8 de mayo, el gobernador de Tucumán recibió en su despacho a los dirigentes de Famayá.")
    assert [e.properties.get("date") for e in people] == ["2018-05-08"]


def test_a_commission_received_by_an_official_met_him():
    text = ("El 9 de mayo, una comisión de la Pastoral Social de Famayá fue recibida en Tacabamba "
            "por el viceministro de Minas, Raúl Quiroga Vera.")
    events, roles = _of("Meeting", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-09"]


def test_a_roadblock_kept_up_is_the_one_begun_before():
    text = ("- 3 de mayo: Unos 400 comuneros de Famayá tomaron la vía Tacabamba-Chota en el sector Las Pircas.\n"
            "- 6 de mayo: Policías desalojaron a los comuneros que mantenían bloqueada la vía en Las Pircas.")
    events, _ = _of("Roadblock", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-03"]


def test_a_protest_kept_up_since_a_later_day_is_its_own():
    text = ("El 1 de mayo, unos 2.000 pobladores marcharon por las calles de Tacabamba.\n\n"
            "Desde el 13 de marzo, los vecinos de Famayá mantienen un plantón frente a la bocamina de la mina Quenua.")
    events, _ = _of("Protest", text)
    assert sorted(e.properties.get("date") for e in events) == ["2018-03-13", "2018-05-01"]


def test_people_walking_to_a_public_place_protest():
    text = "El 2 de mayo, unas 900 personas caminaron en silencio hasta la plaza de Famayá."
    events, _ = _of("Protest", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-02"]


def test_a_crowd_that_went_down_to_a_town_and_stayed_before_a_body_protests():
    text = ("El 4 de mayo, más de 300 moradores de Famayá habían bajado a pie hasta Tacabamba y permanecieron "
            "seis horas frente a la Prefectura de Tacabamba.")
    events, _ = _of("Protest", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-04"]


def test_protesters_arriving_from_a_place_are_the_protest_told_before():
    text = ("El 4 de mayo, unos dos mil pobladores tomaron el campamento de la mina Quenua, en Tacabamba. "
            "Los manifestantes llegaron en camiones desde Famayá.")
    events, _ = _of("Protest", text)
    assert len(events) == 1


def test_officials_a_body_sends_to_a_place_visit_it():
    text = "El 7 de mayo, la Defensoría del Pueblo envió a dos funcionarios a Famayá para verificar la situación de los detenidos."
    events, _ = _of("Visit", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-07"]


def test_what_an_official_denies_is_no_event():
    text = "El 8 de mayo, el prefecto de Tacabamba, Julio Ancajima Ruiz, negó que hubiera habido represión en Famayá."
    events, _ = _of("Clash", text)
    assert events == []
