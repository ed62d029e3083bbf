"""Spanish event places, round 16: the place a state office's name holds ("la Fiscalía en X"), an event's place
only where that name is the event's place phrase. Invented sentences, about no report of the eval set."""
from tests.loaders.helpers import context


def _places(c, subclass: str) -> list[set[str]]:
    return [{c.entities[p].name for p in e.places} for e in c.events if e.subclass == subclass]


def test_a_state_office_told_by_where_it_sits_names_that_place(ex):
    c = context(ex, "El dirigente presentó el lunes una denuncia ante la Fiscalía en Tavira.", "2016-07-03", "es")
    assert any(e.cls == "Place" and e.name == "Tavira" for e in c.entities.values())
    assert any(e.cls == "Organization" and e.name == "Fiscalía en Tavira" for e in c.entities.values())


def test_a_fast_before_the_office_of_a_town_is_in_that_town(ex):
    c = context(ex, "Cinco mujeres de la colonia comenzaron el martes un ayuno frente a la sede de la Fiscalía en Tavira.",
                "2016-07-03", "es")
    assert _places(c, "Strike") == [{"Tavira"}]


def test_the_seat_of_an_office_that_reports_an_arrest_is_not_where_it_was(ex):
    c = context(ex, "La mina Cerro Azul está en el municipio de Tavira.\n\n"
                    "El 3 de noviembre, policías desalojaron a los ocupantes de la mina Cerro Azul; la delegación de la "
                    "Procuraduría de Derechos Humanos en Tavira informó de siete detenidos.", "2019-11-14", "es")
    assert all("Tavira" not in places for places in _places(c, "Arrest"))


def test_an_event_in_a_clause_of_where_is_at_the_place_it_hangs_from(ex):
    # (the Spanish parse hangs "donde ... coparon" from the town as a clause of the noun, "donde" its oblique)
    c = context(ex, "Tavira, Sora. Cinco mujeres comenzaron el martes un ayuno frente a la sede de la Fiscalía en Tavira.\n\n"
                    "El miércoles, una caravana de 40 buses de la Federación Campesina de Sora partió hacia Ulmar, donde "
                    "cientos de labriegos coparon la explanada del Ministerio Público.", "2016-07-03", "es")
    assert {"Ulmar"} in _places(c, "Protest")


def test_a_run_in_heading_read_as_one_name_still_names_its_place(ex):
    # (NER reads the heading "Marcha en Moca" as one name, of no entity: the town's name is found in it again)
    text = ("**Marcha en Moca.** El 9 de junio, unos 2.000 pobladores de los municipios de Moca y Salcedo "
            "marcharon hasta la gobernación provincial para exigir el cierre de la planta.")
    c = context(ex, text, "2018-06-20", "es")
    assert any(m.entity == "place:moca" for m in c.mentions if m.end <= text.index("**", 2))
    assert _places(c, "Protest") == [{"Moca"}]


def test_a_place_told_as_known_by_its_name_places_the_event(ex):
    c = context(ex, "La mina Cerro Azul opera cerca de Tavira.\n\n"
                    "Desde hace tres semanas, pescadores de Tavira mantenían un plantón en el kilómetro 6 de la ruta que "
                    "conduce a la mina, en el sector conocido como Los Pinos, para impedir el paso de camiones.",
                "2021-10-25", "es")
    assert {"Los Pinos"} in _places(c, "Protest")
