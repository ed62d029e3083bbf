"""Spanish events, round 12: what is only asked for is no event, and events Spanish tells by words the
lexicon lacked. Invented sentences, about no report of the eval set."""
import pytest

from loaders.pipeline import default_extractor
from loaders.read import report_from_text


def _dates(kind: str, text: str, published: str = "2018-05-10") -> list:
    """The dates of the events of a kind the text tells."""
    graph = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))
    return sorted(str(e.properties.get("date")) for e in graph.nodes if "Event" in e.labels and kind in e.labels)


def _in_role(text: str, kind: str, role: str) -> set:
    """The names of those who take part in the text's events of a kind in a role."""
    graph = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2018-05-10"}))
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    events = {n.id for n in graph.nodes if kind in n.labels}
    return {names[r.start] for r in graph.relationships
            if r.type == "PARTICIPATED_IN" and r.end in events and r.properties.get("role") == role}


@pytest.mark.parametrize("kind, text, expected", [
    # a permit whose revocation is demanded, offered or awaited was decided on by no one
    ("PermitDecision", "El martes, el Frente de Defensa de Quenua exigió al Ministerio de Minas la revocación del "
                       "permiso de exploración.", []),
    ("PermitDecision", "El martes, el ministro de Minas ofreció suspender el permiso de exploración de la minera Tarsa.", []),
    ("PermitDecision", "El martes, los comuneros advirtieron que la vía no se abrirá hasta que el Ministerio de Minas "
                       "revoque el permiso de exploración.", []),
    # a consultation asked for, or a strike resolved to be called, is none yet
    ("Consultation", "Los comuneros exigen que se realice la consulta previa antes de cualquier trabajo en la mina Tarsa.", []),
    ("Strike", "El 3 de mayo, en asamblea, los comuneros de Quenua resolvieron declarar un paro indefinido.", []),
    ("Strike", "El 3 de mayo, los comuneros de Quenua iniciaron un paro indefinido contra la mina Tarsa.", ["2018-05-03"]),
    # a bulletin's present tells an arrest; "los aprehendidos" after it names its people, no arrest of its own
    ("Arrest", "- 7 de mayo. La Policía aprehende a cinco comuneros de Quenua en el puente.\n"
               "- 9 de mayo. La Defensoría del Pueblo pidió la libertad de los aprehendidos.", ["2018-05-07"]),
    # one body that took a public building protests
    ("Protest", "El 30 de abril, el ejido de Quenua tomó la presidencia municipal.", ["2018-04-30"]),
    # a testimony's "nos sacaron con gases": force on the speakers' own people is a clash
    ("Clash", "El 14 de abril unas doscientas personas bloqueamos el camino. Llegaron agentes de la Policía Nacional "
              "y nos sacaron con gases.", ["2018-04-14"]),
    # camping in protest, in the imperfect
    ("Protest", "Desde el 2 de mayo, comunitarios de Quenua acampaban frente al portón principal de la mina Tarsa.",
     ["2018-05-02"]),
    # the verb of wounding or killing itself, in the singular
    ("Injury", "El 4 de mayo, la policía hirió a tres comuneros de Quenua frente a la mina Tarsa.", ["2018-05-04"]),
    ("Killing", "El 4 de mayo, un sicario asesinó al dirigente comunal de Quenua.", ["2018-05-04"]),
    # tear gas in the singular, told with no verb of its own
    ("Clash", "El 4 de mayo hubo piedras de un lado y gas lacrimógeno del otro en el puente de Quenua.", ["2018-05-04"]),
    # one obtained was
    ("PermitDecision", "La minera Tarsa obtuvo en marzo de 2017 el permiso de exploración del Ministerio de Minas.",
     ["2017-03"]),
    # a forest track cut is a roadblock; so is a road "we" blocked, in a testimony
    ("Roadblock", "Un centenar de comuneros de Quenua cortaron ayer la pista forestal que lleva a la mina Tarsa.",
     ["2018-05-09"]),
    ("Roadblock", "El 14 de abril, cuando la perforadora quiso entrar al cantón, unas doscientas personas bloqueamos el camino.",
     ["2018-04-14"]),
    # a site held ("la toma") is a protest, from the day it was held since
    ("Protest", "Carabineros desalojaron ayer la toma que vecinos de Quenua mantenían desde el lunes en el camino de "
                "acceso a la mina Tarsa.", ["2018-05-07"]),
    # a court's decision, the court told by the acronym of its name
    ("LegalAction", "La Corte de Constitucionalidad (CC) admitió el recurso. En julio de 2017, la CC suspendió "
                    "provisionalmente las operaciones de la mina Tarsa.", ["2017-07"]),
    # a complaint lodged before a body of justice, by its verb; said before anyone else, it is no complaint
    ("LegalAction", "El 4 de mayo, el Frente de Defensa de Quenua denunció ante la Fiscalía de Tarsa al gerente de la "
                    "minera.", ["2018-05-04"]),
    ("LegalAction", "El 4 de mayo, el Frente de Defensa de Quenua denunció ante el país el desalojo de los comuneros.", []),
    # incidents told with whom they were are a clash
    ("Clash", "Anoche, un grupo de huelguistas levantó barricadas en la ruta 5, lo que derivó en incidentes con "
              "efectivos de Carabineros.", ["2018-05-09"]),
    # a body's sanction proceedings
    ("LegalAction", "El Ministerio de Ambiente abrió un proceso administrativo contra la minera Tarsa el pasado 8 de mayo.",
     ["2018-05-08"]),
    # a legal act told by its date alone, whoever filed it told by no name ("la institución", "los abogados")
    ("LegalAction", "La directora informó que la institución abrió un proceso administrativo contra la empresa el "
                    "pasado 8 de mayo.", ["2018-05-08"]),
    ("LegalAction", "Los abogados de los vecinos presentaron el 3 de mayo un recurso de amparo para frenar la exploración.",
     ["2018-05-03"]),
    # a numbered item that opens on "al día siguiente" counts from the item before it, all of it
    ("Arrest", "HECHOS\n\n1. Desde el 22 de abril, unas 300 familias ocupaban la bocamina Tarsa.\n\n2. El 6 de mayo, "
               "agentes de la Policía Nacional desalojaron la bocamina. El operativo duró tres horas. Catorce mineros "
               "resultaron heridos.\n\n3. Al día siguiente, agentes de la Fiscalía capturaron en Quenua al presidente "
               "de la asociación, Wilson Quispe Rojas.", ["2018-05-07"]),
    # ... and so does a paragraph, whose day the last sentences before it do not tell
    ("LegalAction", "Nadie en Quenua olvida la mañana del 6 de mayo. Ese día, unos 300 agentes desalojaron a las familias. "
                    "Fueron quemados tres ranchos. Una mujer recibió un balín en la espalda.\n\nAl día siguiente, el "
                    "Ministerio Público imputó a los detenidos por invasión de inmueble ajeno.", ["2018-05-07"]),
    # "el desalojo" a later item tells, by a force that was no side of a clash before, is no mention of that clash
    ("Clash", "**3 de mayo.** Comuneros de Quenua se enfrentaron con trabajadores de la minera Tarsa en el campamento.\n\n"
              "**8 de mayo.** Se produjo el desalojo del plantón por parte de unos 80 elementos de la Policía Estatal.",
     ["2018-05-03", "2018-05-08"]),
    # struggling bodily with people is a clash; a broken bone, a wound
    ("Clash", "Ayer, policías intentaron liberar la ruta 9 en Quenua y se produjeron forcejeos con los manifestantes.",
     ["2018-05-09"]),
    ("Injury", "El 4 de mayo, una comunera de Quenua sufrió una fractura en el brazo en el puente.", ["2018-05-04"]),
    # inspecting a site, by the plural verb and by the noun
    ("Visit", "El 4 de mayo, funcionarios del Ministerio de Ambiente inspeccionaron la mina Tarsa.", ["2018-05-04"]),
    ("Visit", "El 4 de mayo, los jueces hicieron una inspección personal a la mina Tarsa.", ["2018-05-04"]),
    # charges brought by a body of oversight; a claim filed by its noun, or by its verb before a committee
    ("LegalAction", "El 4 de mayo, la Superintendencia formuló cargos contra la minera Tarsa.", ["2018-05-04"]),
    ("LegalAction", "El 4 de mayo, los vecinos de Quenua presentaron la reclamación ante el tribunal.", ["2018-05-04"]),
    ("LegalAction", "En marzo de 2017, la comunidad de Quenua reclamó ante el Comité de Ministros.", ["2017-03"]),
    # an assessment's public hearing is a consultation
    ("Consultation", "El 4 de mayo se realizó en Quenua la audiencia pública del proyecto Tarsa.", ["2018-05-04"]),
    # a weekday of the week before the publication's; a month of the year before, or of this year
    ("Roadblock", "Los comuneros de Quenua bloquearon la ruta 9 el jueves de la semana pasada.", ["2018-05-03"]),
    ("Protest", "En marzo del año pasado, los comuneros de Quenua marcharon en la plaza de Tarsa.", ["2017-03"]),
    ("Protest", "El 3 de febrero de este año, los comuneros de Quenua marcharon en la plaza de Tarsa.", ["2018-02-03"]),
    # a part of the publication's month told by "mes" alone; a part of the month told before
    ("DialogueTable", "A inicios de mes, en la alcaldía de Tarsa, se instaló una mesa de diálogo con la participación "
                      "de la Gobernación.", ["2018-05"]),
    ("Protest", "El 2 de octubre de 2017, un derrame de relaves tiñó el río Quenua. A fines de ese mes, unas 800 "
                "personas marcharon por el centro de Tarsa.", ["2017-10"]),
    # a statement a verb of reporting puts out is told on that verb's date; "ese mismo viernes" is a weekday
    ("Statement", "El miércoles, la minera Tarsa difundió un comunicado.", ["2018-05-09"]),
    ("Statement", "Ese mismo martes, la minera Tarsa difundió un comunicado.", ["2018-05-08"]),
    # "la faena" is the mine named last; taking samples there is no protest
    ("Visit", "La mina Tarsa está en Quenua. Ayer, funcionarios del Ministerio de Ambiente inspeccionaron la faena y "
              "tomaron muestras.", ["2018-05-09"]),
    ("Protest", "La mina Tarsa está en Quenua. Ayer, funcionarios del Ministerio de Ambiente inspeccionaron la faena y "
                "tomaron muestras.", []),
    # a visit to the spot of a scene, or to "the place" of the last one, is where that protest is; a force sent there
    # visits no one
    ("Visit", "Desde el lunes, los comuneros de Quenua bloquean la ruta 9 en Tarsa. El miércoles llegó al lugar el "
              "sacerdote Juan Quispe Mamani.", ["2018-05-09"]),
    ("Visit", "Desde el lunes, los comuneros de Quenua bloquean la ruta 9 en Tarsa. El miércoles, el prefecto Juan "
              "Quispe Mamani llegó al punto del bloqueo.", ["2018-05-09"]),
    ("Visit", "Desde el lunes, los comuneros de Quenua bloquean la ruta 9 en Tarsa. El miércoles llegaron al lugar "
              "efectivos de la Policía Nacional.", []),
    # an authority closing a mine down decides on its permit; a minister closing a workshop does not
    ("PermitDecision", "El 4 de mayo, la Procuraduría Ambiental clausuró de manera total temporal la mina Tarsa.",
     ["2018-05-04"]),
    ("PermitDecision", "El 4 de mayo, el ministro de Minas clausuró el taller de capacitación en Quenua.", []),
    # a blockade resumed is a new one, on its own day, not the one told before
    ("Roadblock", "- **3 de mayo.** Los comuneros de Quenua bloquean el puente Tarsa.\n"
                  "- **5 de mayo.** Se firma un acta y se levanta el bloqueo.\n"
                  "- **7 de mayo.** Ante el incumplimiento del acta se reanuda el bloqueo del puente.",
     ["2018-05-03", "2018-05-07"]),
    # the Rioplatense "corte" alone, with a masculine article
    ("Roadblock", "Los comuneros de Quenua mantienen cerrada la ruta 9. El corte comenzó el pasado martes.", ["2018-05-08"]),
    # telling a reporter
    ("Statement", "El martes, según contó a este diario el dirigente Juan Quispe Mamani, la reunión terminó sin acuerdo.",
     ["2018-05-08"]),
    # asking publicly is a statement, in the past and in a bulletin's present
    ("Statement", "El sábado, el alcalde de Quenua, Juan Quispe Mamani, pidió la intervención del Ejército.", ["2018-05-05"]),
    ("Statement", "El sábado, la Defensoría del Pueblo solicitó a la Fiscalía investigar los hechos.", ["2018-05-05"]),
    ("Statement", "- **9 de mayo.** La Defensoría del Pueblo pide que se libere a los aprehendidos.", ["2018-05-09"]),
    # an assessment's report approved is a permit decided; a date hanging from the verb that files a suit is the suit's
    ("PermitDecision", "El 28 de abril, el Ministerio de Minas aprobó el informe de impacto ambiental de la mina Tarsa.",
     ["2018-04-28"]),
    ("LegalAction", "A fines de abril, el Ministerio de Minas aprobó el informe de impacto ambiental, y el 2 de mayo la "
                    "comunidad de Quenua presentó una acción de amparo ante el juzgado.", ["2018-05-02"]),
    # a chronology's section heading of a month and year dates the days told under it without a year
    ("Roadblock", "**Agosto de 2016.** El 20 de agosto, unos 150 vecinos de Quenua cortaron la ruta 9.\n\n"
                  "**Marzo de 2017.** El 15 de marzo, los vecinos de Quenua bloquearon la ruta 9. El jueves 23, los vecinos "
                  "de Quenua bloquearon el puente de Tarsa.", ["2016-08-20", "2017-03-15", "2017-03-23"]),
])
def test_events_of_spanish_reports(kind, text, expected):
    assert _dates(kind, text) == expected


def test_a_communique_in_the_first_person_plural_speaks_for_the_body_that_signs_it():
    text = ("La Asociación de Productores de Quenua hace pública su preocupación por lo ocurrido esta semana.\n\n"
            "Denunciamos ante el país el uso de la fuerza contra los productores y exigimos al Ministerio de Minas "
            "la salida de la empresa.")
    assert "Asociación de Productores de Quenua" in _in_role(text, "Statement", "speaker")


def test_our_people_of_a_numbered_item_are_the_body_that_signs_it():
    text = ("El Frente de Defensa de Quenua comunica lo siguiente:\n\n"
            "1. Que desde el 3 de mayo nuestras bases mantienen un paro indefinido en la provincia de Tarsa.")
    assert _in_role(text, "Strike", "organizer") == {"Frente de Defensa de Quenua"}


def test_a_complaint_lodged_in_the_first_person_plural_is_the_bodys():
    text = ("La Asociación de Productores de Quenua informa a la opinión pública.\n\n"
            "El 4 de mayo denunciamos ante la Fiscalía de Tarsa a la empresa minera por el derrame.")
    assert _in_role(text, "LegalAction", "author") == {"Asociación de Productores de Quenua"}


def test_a_day_counted_after_a_paragraph_break_counts_from_the_date_before_it():
    text = ("El 9 de junio, unos 300 agentes de la Policía Nacional desalojaron a las 80 familias. En menos de una hora "
            "se detuvo a 14 campesinos.\n\nAl día siguiente, el Ministerio Público imputó a los 14 por invasión de "
            "inmueble ajeno.")
    assert _dates("LegalAction", text, published="2016-07-03") == ["2016-06-10"]


def _places(text: str, kind: str) -> set:
    """The names of the places of the text's events of a kind."""
    graph = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2018-05-10"}))
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    events = {n.id for n in graph.nodes if kind in n.labels}
    return {names[r.end] for r in graph.relationships if r.type == "OCCURRED_AT" and r.start in events}


CLEARED = ("- El 6 de mayo, unos 400 pobladores de Quenua tomaron el puente Tarsa y bloquearon la vía de acceso a la mina.\n"
           "- El 9 de mayo, efectivos de la Dirección de Operaciones Especiales desbloquearon el puente. La policía empleó "
           "perdigones y los pobladores respondieron con piedras; tres comuneros resultaron heridos.")


def test_harms_told_after_a_blockade_cleared_are_where_the_blockade_was():
    assert _places(CLEARED, "Injury") == {"Tarsa"}


def test_an_official_gazette_appoints_in_the_present():
    text = "Por la primera resolución se designa a la ingeniera Marta Quispe Rojas como directora general de Minería."
    assert _in_role(text, "Appointment", "subject") == {"Marta Quispe Rojas"}


def test_the_place_of_an_officials_title_is_not_where_he_was_arrested():
    text = CLEARED + " Fue detenido el teniente gobernador de Quenua, Segundo Rojas Paz."
    assert _places(text, "Arrest") == {"Tarsa"}


def test_a_protest_told_at_the_mine_is_at_the_mine_named_before():
    text = ("La mina Tarsa es explotada por Minera Andina S.A.\n\n"
            "## Hechos\n\nEn Quenua, la tensión crece. El 14 de abril, unos doscientos comuneros instalaron un plantón "
            "frente a la bocamina.")
    assert _places(text, "Protest") == {"Tarsa"}


def test_a_meeting_no_sentence_places_is_at_its_sections_lead_place():
    text = ("## Caso Quenua\n\nLos comuneros de la provincia de Tarsa exigen el cierre de la mina. El 4 de mayo, el "
            "viceministro de Minas se reunió con los dirigentes del Frente de Defensa de Quenua.")
    assert _places(text, "Meeting") == {"Tarsa"}


@pytest.mark.parametrize("kind, told", [
    ("EnvironmentalIncident", "El 4 de mayo se registró un derrame de relaves."),
    ("LegalAction", "El 4 de mayo, el Frente de Defensa de Quenua presentó una denuncia penal contra la empresa."),
])
def test_an_event_no_sentence_places_is_at_its_sections_lead_place(kind, told):
    text = "## Caso Quenua\n\nLos comuneros de la provincia de Tarsa exigen el cierre de la mina. " + told
    assert _places(text, kind) == {"Tarsa"}


def test_a_fronted_phrase_the_parse_ends_on_its_comma_is_read_with_its_sentence():
    text = ("Los mineros siguen en huelga.\n\nAnoche, un grupo de huelguistas levantó barricadas en la ruta C-35.\n\n"
            "El miércoles, unos 300 mineros marcharon por el centro de Copiapó.")
    ctx = default_extractor().context(report_from_text(text, {"title": "t", "language": "es", "published": "2018-05-10"}))
    assert "Anoche, un grupo de huelguistas levantó barricadas en la ruta C-35." in [s.text.strip() for s in ctx.sents]


def test_a_gathering_in_a_community_told_by_its_village_is_at_that_village_not_at_the_mine():
    text = ("Los desechos de la mina Tarsa llegan al río Quenua.\n\n"
            "- 3 de mayo. En una asamblea general realizada en la comunidad de Quenua, las autoridades del ayllu "
            "resolvieron declarar un paro indefinido contra las operaciones de la mina Tarsa.")
    assert _places(text, "Meeting") == {"Quenua"}


def test_a_site_of_the_company_is_at_the_mine_named_before_not_at_the_dateline():
    text = ("QUENUA, LEÓN. El concejo de Quenua pide suspender el permiso de la mina Tarsa, que opera la empresa Minera "
            "Andina S.A.\n\nEl conflicto se agravó el 2 de mayo, cuando unos cien mineros artesanales ocuparon el plantel "
            "de la empresa para exigir trabajo en la parte alta del cerro.")
    assert _places(text, "Protest") == {"Tarsa"}


def test_a_camp_at_the_gate_of_the_mine_is_at_the_mine_not_where_the_campers_live():
    text = ("La mina de níquel Tarsa opera en el municipio de León.\n\n**Campamento.** Desde el 12 de abril, comunitarios "
            "de Quenua acampaban frente al portón principal de la mina.")
    assert _places(text, "Protest") == {"Tarsa"}


def test_two_legal_acts_of_one_sentence_keep_each_its_own_date():
    text = ("El 8 de mayo, el Juzgado Primero de Distrito concedió al ejido de Quenua una suspensión provisional contra los "
            "trabajos en la mina Tarsa, a raíz del amparo que los ejidatarios presentaron el 26 de abril.")
    assert _dates("LegalAction", text) == ["2018-04-26", "2018-05-08"]


@pytest.mark.parametrize("text, speaker", [
    # a speaker after the verb of saying and the outlet told, that the parse reads as its object
    ("El jueves, una delegación de Quenua fue recibida por la ministra de Minería, Rosa Tarsa Vega. Según contó a este "
     "diario el cacique de la comunidad, Juan Quispe Mamani, la reunión terminó sin acuerdo: \"Nos ofrecieron un fondo "
     "de obras\".", "Juan Quispe Mamani"),
    # an object that names no person is what is said, and the subject speaks
    ("El martes, la Defensoría del Pueblo denunció el desalojo de los comuneros de Quenua.", "Defensoría del Pueblo"),
])
def test_who_speaks_in_a_statement(text, speaker):
    assert speaker in _in_role(text, "Statement", "speaker")
