"""Issue 8's classes of miss, each on a short made-up sentence: violence and protest told
without a trigger noun, collective actors, dates that flow through the text, roles in arrests."""
from tests.loaders.helpers import context


def events(c, subclass):
    return [e for e in c.events if e.subclass == subclass]


def roles(c, event):
    return {(c.entities[p].name, r) for p, r in event.participants}


def test_people_of_a_place_who_act_are_a_community_and_violence_needs_no_clash_word(ex):
    c = context(ex, "Residents of Molleturo torched a guard post at the Cerro Plata mine on 3 May.", "2019-05-18")
    [clash] = events(c, "Clash")
    assert clash.date == "2019-05-03"
    actors = {c.entities[p].name: c.entities[p].subclass for p, _ in clash.participants}
    assert actors == {"residents of Molleturo": "Community"}


def test_protest_without_a_protest_noun(ex):
    c = context(ex, "On 2 July hundreds of farmers took to the streets of Sololá.", "2015-07")
    [protest] = events(c, "Protest")
    assert protest.date == "2015-07-02"


def test_the_only_date_of_a_sentence_reaches_its_clauses_but_not_an_ongoing_strike(ex):
    c = context(ex, "Police charged a march in Tocoa on 2 May. At 3 pm, twelve were injured.", "2019-05-18")
    assert [e.date for e in events(c, "Protest")] == ["2019-05-02"]
    assert [e.date for e in events(c, "Injury")] == ["2019-05-02"]
    c = context(ex, "Police fired tear gas on Tuesday as an indefinite strike entered its fourth week.", "2019-08-07")
    assert [e.date for e in events(c, "Strike")] == [None]


def test_the_agent_of_a_coordinated_arrest_and_those_arrested_along_with(ex):
    c = context(ex, "Officers of the Policía Nacional del Perú stormed the camp and arrested Carlos Euceda along with "
                    "Marvin Ávila Ruiz on Thursday.", "2019-05-18")
    [arrest] = events(c, "Arrest")
    assert {("Carlos Euceda", "subject"), ("Marvin Ávila Ruiz", "subject"),
            ("Policía Nacional del Perú", "perpetrator")} <= roles(c, arrest)
    assert arrest.date == "2019-05-16"


def test_a_company_owns_each_mine_of_a_list_typed_by_the_word_after_it(ex):
    c = context(ex, "Minera Sonorense owns the Rincón and Filo Rojo mines in Sonora. It also runs the "
                    "La Plata silver project.", "2016-04-22")
    kinds = {e.name: e.subclass for e in c.entities.values()}
    assert kinds["Rincón"] == kinds["Filo Rojo"] == kinds["La Plata"] == "Mine"
    owned = {c.entities[f.end].name for f in c.facts if f.type == "OWNS"}
    assert owned >= {"Rincón", "Filo Rojo"}
