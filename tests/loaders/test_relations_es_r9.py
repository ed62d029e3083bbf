"""Spanish relations, round 9 (Spanish relation recall): who runs a site, where a place lies, each on a
made-up sentence (none is taken from a scored report)."""

from tests.loaders.helpers import context, facts


def es(ex, text):
    return context(ex, text, "2021-03-02", language="es")


def test_a_dateline_places_its_town_in_the_area_after_it(ex):
    c = es(ex, "AYAVIRI, Puno. Unos doscientos comuneros bloquearon ayer la carretera hacia el proyecto minero "
               "Cerro Tanta.")
    assert ("Ayaviri", "Puno") in facts(c, "LOCATED_IN")


def test_the_company_after_a_phrase_that_took_its_first_word(ex):
    # "de la empresa minera" is a phrase of its own: here "Minera" is the first word of the company's name.
    c = es(ex, "Los comuneros rechazan el proyecto Cerro Huallqui de la empresa Minera Pucará Andina, filial de la "
               "canadiense Tallpa Gold.")
    assert ("Minera Pucará Andina", "Cerro Huallqui") in facts(c, "OPERATES")


def test_a_sites_de_names_the_company_that_runs_it(ex):
    c = es(ex, "Los vecinos cerraron el acceso al proyecto minero Cerro Tinaja, de Minera Tinaja Dorada, subsidiaria "
               "de la australiana Redgum Metals.")
    assert ("Minera Tinaja Dorada", "Cerro Tinaja") in facts(c, "OPERATES")


def test_a_description_apposed_to_the_site_stands_for_it(ex):
    c = es(ex, "Las comunidades de la parroquia Sayausí rechazan el proyecto Cerro Quimsa, una concesión de cobre "
               "de Minera Quimsa Andes, filial de la canadiense Northfield Copper.")
    assert ("Minera Quimsa Andes", "Cerro Quimsa") in facts(c, "OPERATES")


def test_a_sites_de_that_names_no_company_runs_nothing(ex):
    c = es(ex, "Los vecinos marcharon hacia el proyecto minero Cerro Tinaja, de la provincia de Sánchez Ramírez.")
    assert not {site for _, site in facts(c, "OPERATES")} & {"Cerro Tinaja"}


def test_a_community_placed_in_an_area_stands_for_its_place(ex):
    c = es(ex, "Los pobladores de Tuxtepec marcharon. La policía hostigó a la comunidad de Tuxtepec, municipio de "
               "Santa María Yolotepec, Oaxaca.")
    located = facts(c, "LOCATED_IN")
    assert ("Tuxtepec", "Santa María Yolotepec") in located
    assert ("comunidad de Tuxtepec", "Santa María Yolotepec") not in located
