"""Spanish events, round 11: where an event happened when the parse misses what its trigger acts on, and
a weekday that a name ending like a future verb does not put ahead. Invented sentences, about no report
of the eval set."""
import pytest

from loaders.dates_es import find_dates
from loaders.pipeline import default_extractor
from loaders.read import report_from_text


def _of(kind: str, text: str, published: str = "2018-05-10"):
    """The events of a kind: (date, place names) of each."""
    graph = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    return [(e.properties.get("date"),
             {names[r.end] for r in graph.relationships if r.type == "OCCURRED_AT" and r.start == e.id})
            for e in graph.nodes if "Event" in e.labels and kind in e.labels]


@pytest.mark.parametrize("kind, text, expected", [
    # the road a held participle names right after it, which the parse gives as no object
    ("Roadblock", "Ayer, la policía disparó gases contra los comuneros de Quenua, que desde el sábado mantenían tomada "
                  "la carretera Panamericana a la altura del kilómetro 90.", ("2018-05-05", "Panamericana")),
    # a die-off of fish is an environmental incident, in the stream a place noun ("quebrada") names
    ("EnvironmentalIncident", "El pasado 2 de mayo se registró una mortandad de truchas en la quebrada Quenua, aguas "
                              "abajo de la mina.", ("2018-05-02", "Quenua")),
    # sludge found in a stream is an environmental incident, in the stream
    ("EnvironmentalIncident", "El 2 de mayo, productores de arroz detectaron lodos grises en el arroyo Quenua, aguas "
                              "abajo de la planta de la mina.", ("2018-05-02", "Quenua")),
    # a table installed "en la ciudad de X," before it is named: the city that opens its phrase
    ("DialogueTable", "El Gobierno Regional instaló este jueves, en la ciudad de Quenua, la mesa técnica sobre la "
                      "calidad del agua del río Tarsa.", ("2018-05-10", "Quenua")),
    # an agreement no date of its own sets apart, at the last meeting its section told, sentences before
    ("Agreement", "La mesa de diálogo se instaló ayer en Quenua. Participaron el viceministro de Minas y los "
                  "dirigentes de la comunidad. Los comuneros denuncian que la empresa contamina el río Tarsa. Según "
                  "el acta firmada al término de la reunión, el Organismo de Evaluación y Fiscalización Ambiental "
                  "(OEFA) realizará un monitoreo del agua.",
     (None, "Quenua")),
    # a blow with a rifle butt is an injury, where the clash of its sentence was
    ("Injury", "El lunes la Guardia Nacional desalojó a los vecinos que bloqueaban la carretera Quenua-Tarsa y a mí "
               "me dieron un culatazo en la espalda.", ("2018-05-07", "Quenua-Tarsa")),
    # the wounded told only by the hospital they ended up in: an injury, on the day of its story
    ("Injury", "El 7 de mayo la policía desalojó a los comuneros del campamento de Quenua. Hubo piedras y gases. "
               "Cinco comuneros terminaron en el hospital de Tarsa.", ("2018-05-07", None)),
    # a sit-in on the access road of a mine its metal names: the mine, not the town its people come from
    ("Protest", "Carabineros desalojaron ayer la toma que vecinos de Quenua mantenían desde el lunes en el camino "
                "de acceso al proyecto cuprífero Loma Tarsa.", ("2018-05-07", "Loma Tarsa")),
    # talks told by their length are a meeting, where they were held
    ("Meeting", "El 8 de mayo, tras casi una hora de conversación en la casa comunal de Quenua entre los dirigentes "
                "y el comisionado, los pobladores liberaron un carril.", ("2018-05-08", "Quenua")),
    # the session a council holds ("en su sesión"), at the seat of the council its verb's subject is
    ("Meeting", "El Concejo Municipal de Villa Quenua aprobó por unanimidad en su sesión ordinaria del martes una "
                "resolución contra la mina.", ("2018-05-08", "Villa Quenua")),
    # a town apart from a body's name before the area inside it: where the agreement was made
    ("Agreement", "El lunes, en una reunión realizada en la sede de la Gobernación de Quenua, en Villa Tarsa, los "
                  "dirigentes y la empresa acordaron instalar una mesa de diálogo.", ("2018-05-07", "Villa Tarsa")),
    # a date after two verbs "y" joins is the day of both, though the sentence tells another date
    ("Injury", "Al menos 11 campesinos resultaron heridos y 23 fueron aprehendidos este lunes en Quenua, cuando la "
               "policía removió a los manifestantes que desde el jueves mantenían cerrada la vía.", ("2018-05-07", "Quenua")),
    # a vigil in a cemetery named by its place: the cemetery, a place of its own
    ("Protest", "Desde el 3 de mayo, los pobladores mantienen una vigilia en el cementerio comunitario de Loma "
                "Quenua.", ("2018-05-03", "cementerio comunitario de Loma Quenua")),
    # a bridge named after the municipality the report names is a place of its own
    ("Roadblock", "Los comuneros del municipio de Quenua exigen el cierre de la mina.\n\n- **5 de mayo.** Los comuneros "
                  "bloquean el puente Quenua.", ("2018-05-05", "puente Quenua")),
    # forces clearing "el puente" act at the bridge blocked before, and the harms after them too
    ("Injury", "Los comuneros del municipio de Quenua exigen el cierre de la mina.\n\n- **5 de mayo.** Los comuneros "
               "bloquean el puente Quenua.\n- **7 de mayo.** Unos 80 policías intentan despejar el puente. En el "
               "enfrentamiento resultan heridos tres comuneros.", ("2018-05-07", "puente Quenua")),
    # a blockade told as resumed in a later bullet is one of its own day, at the bridge "del puente" points back to
    ("Roadblock", "Los comuneros del municipio de Quenua exigen el cierre de la mina.\n\n- **5 de mayo.** Los comuneros "
                  "bloquean el puente Quenua.\n- **8 de mayo.** Ante el incumplimiento del acta se reanuda el bloqueo "
                  "del puente.", ("2018-05-08", "puente Quenua")),
    # a square NER reads on into the town it is in: the square, a place of its own
    ("Protest", "Los comuneros de Quenua rechazan la mina de la ciudad de Tarsa.\n\n- **8 de mayo.** La marcha de las "
                "mujeres del ayllu llega hasta la plaza San Martín de Tarsa.", ("2018-05-08", "San Martín")),
    # "la bocamina" is the mine's mouth named so before
    ("Clash", "Desde el 2 de mayo, unas 300 familias de Quenua ocupaban la bocamina Tarsa.\n\nEl 6 de mayo, agentes de "
              "la Policía Nacional desalojaron la bocamina con gases. Catorce mineros resultaron heridos y fueron "
              "llevados al hospital de Villa Quenua.", ("2018-05-06", "Tarsa")),
    # a crowd that went somewhere and protested there protested where it went, not where it comes from
    ("Protest", "Ayer, unos 500 comuneros de Quenua viajaron hasta Villa Tarsa y se plantaron frente al juzgado.",
     ("2018-05-09", "Villa Tarsa")),
    # a force that went to a village and arrested people there arrested them where it went
    ("Arrest", "El distrito de Quenua rechaza la mina. La madrugada del miércoles, agentes de la policía llegaron a "
               "la aldea Villa Tarsa y capturaron a los dirigentes Juan Quispe Mamani y Rosa Condori Flores.",
     ("2018-05-09", "Villa Tarsa")),
    # a road one body holds is a blockade, from the day it began
    ("Roadblock", "Cuatro heridos dejó el desbloqueo de la carretera Quenua-Tarsa, que la comunidad de Villa Quenua "
                  "mantenía tomada desde el lunes.", ("2018-05-07", "Quenua-Tarsa")),
    # "the" blockade a bulletin's present attacks is the one told before, and the attack was where it was
    ("Clash", "Los comunarios exigen el cierre de la mina.\n\n- **2 de mayo.** Unos 200 comunarios de Quenua bloquean el "
              "camino a la mina en el sector Tarsa.\n- **5 de mayo.** Un grupo de cooperativistas ataca el bloqueo con "
              "dinamita y palos. Tres comunarios resultan heridos y son trasladados al hospital de Villa Quenua.",
     ("2018-05-05", "Tarsa")),
    ("Injury", "Los comunarios exigen el cierre de la mina.\n\n- **2 de mayo.** Unos 200 comunarios de Quenua bloquean el "
               "camino a la mina en el sector Tarsa.\n- **5 de mayo.** Un grupo de cooperativistas ataca el bloqueo con "
               "dinamita y palos. Tres comunarios resultan heridos y son trasladados al hospital de Villa Quenua.",
     ("2018-05-05", "Tarsa")),
    # force that tries to free "the" road, told by a verb "y" joins to the clash's, clashes where the road was blocked
    ("Clash", "En Villa Tarsa, los vecinos rechazan la mina. Los comuneros de Quenua iniciaron el sábado un corte en la "
              "ruta provincial 9. Exigen el cierre de la mina. Denuncian la contaminación del agua. El alcalde no "
              "respondió. Ayer, efectivos de la policía intentaron liberar la calzada y se produjeron forcejeos con los "
              "manifestantes.",
     ("2018-05-09", "ruta provincial 9")),
    # a visit to the spot of a scene is where that protest is
    ("Visit", "Desde el lunes, los comuneros de Quenua bloquean la ruta 9 en Villa Tarsa. El miércoles, el prefecto "
              "Juan Quispe Mamani llegó al punto del bloqueo.", ("2018-05-09", "Villa Tarsa")),
])
def test_where_an_event_of_the_street_happened(kind, text, expected):
    date, place = expected
    assert any(d == date and (place is None or place in places) for d, places in _of(kind, text)), _of(kind, text)


def test_a_name_ending_like_a_future_verb_does_not_put_a_weekday_ahead():
    [told] = find_dates("Ronderos de la Central de Rondas de Tarapará mantenían bloqueado desde el lunes el acceso.",
                        "2019-01-17")
    [plan] = find_dates("La comisión llegará el lunes a la zona.", "2019-01-17")
    assert (told.date, plan.date) == ("2019-01-14", "2019-01-21")
