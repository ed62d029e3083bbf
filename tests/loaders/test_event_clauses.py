"""Issue 8 (English events): what a trigger's clause and the text around it tell of an event (invented texts)."""
from tests.loaders.helpers import context


def events(c, subclass):
    return [e for e in c.events if e.subclass == subclass]


def test_the_publication_weekday_is_the_day_of_publication_but_last_weekday_is_a_week_back(ex):
    c = context(ex, "The governor of Corvana visited the Ravena mine on Tuesday. Farmers from Ravena were "
                    "arrested last Tuesday.", "2019-02-26")
    assert [e.date for e in events(c, "Visit")] == ["2019-02-26"]
    assert [e.date for e in events(c, "Arrest")] == ["2019-02-19"]
