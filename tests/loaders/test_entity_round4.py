"""Entities, fourth round: the class of report moved from held-out to dev — persons with a given
name read as bodies or places (invented sentences; loaders/classify.py, data/given_names.yaml)."""
from tests.loaders.helpers import context, entity


def test_a_given_name_outvotes_a_company_description(ex):
    c = context(ex, "President Ramos named Ernesto Valdivieso, a Tolca miner and union leader, to the post "
                    "on Friday.", "2011-05-06")
    assert entity(c, "Ernesto Valdivieso").cls == "Person"


def test_more_given_names_make_persons(ex):
    c = context(ex, "MINOSA firmó con el patronato de Tolpa, presidido por Remberto Quilca. La Procuraduría, "
                    "a cargo de Jordán Vela, anunció una visita.", "2016-08", "es")
    assert entity(c, "Remberto Quilca").cls == "Person"
    assert entity(c, "Jordán Vela").cls == "Person"


def test_an_acronym_defines_the_body_not_the_place_that_ends_its_name(ex):
    c = context(ex, "The lawyer of the Centro de Defensa Ambiental de Honduras (CEDAH) said that CEDAH would "
                    "appeal.", "2016-08")
    assert "CEDAH" in entity(c, "Centro de Defensa Ambiental de Honduras").aliases


def test_a_police_region_named_again_in_spanish_is_one_body(ex):
    c = context(ex, "On 4 May, agents of the Tolca Police Division, under the command of the Cusco police region "
                    "(Región Policial Cusco), opened the bridge. Later the Defensoría del Pueblo asked the Región "
                    "Policial Cusco for a report.", "2019-04")
    assert "Región Policial Cusco" in entity(c, "Cusco police region").aliases
    assert "Región Policial Cusco" not in {e.name for e in c.entities.values()}


def test_an_acronym_of_syllables_names_its_body(ex):
    c = context(ex, "The mine belongs to the state company Corporación Tolquera de Bolivia (COTOBOL), which leases it. COTOBOL said "
                    "on Monday that the lease stands.", "2021-06-09")
    assert "COTOBOL" in entity(c, "Corporación Tolquera de Bolivia").aliases


def test_a_force_acronym_after_a_rank_is_no_part_of_the_name(ex):
    c = context(ex, "Colonel PNP Jaime Salas Figueroa led the police of Tolca.", "2004-09-16")
    names = {e.name for e in c.entities.values() if e.cls == "Person"}
    assert "Jaime Salas Figueroa" in names and not any(n.startswith("PNP") for n in names)


def test_a_brazilian_state_is_a_place(ex):
    c = context(ex, "Minas Gerais civil defence said on Friday that 300 people left their homes.", "2015-11-07")
    assert entity(c, "Minas Gerais").subclass == "AdministrativeArea"


def test_a_wire_credit_line_names_no_actor(ex):
    c = context(ex, "Villagers blocked the road to the Tolca mine on Monday.\n\n(Reporting by the Quito newsroom; "
                    "Editing by the Americas desk)", "2022-04-28")
    assert "Americas" not in {e.name for e in c.entities.values()}


def test_a_spanish_legal_suffix_is_no_body(ex):
    c = context(ex, "Los comuneros de Tolpa protestan por los relaves de la empresa Minera Vistalinda Alta "
                    "S.A.C., que opera la mina Tolca.", "2018-03-22", "es")
    assert "S.A.C." not in {e.name for e in c.entities.values()}


def test_a_clause_opening_preposition_is_no_part_of_a_name(ex):
    c = context(ex, "Según la PNC, los detenidos fueron trasladados a Tolpa el lunes.", "2021-10-25", "es")
    assert not any(e.name.startswith("Según") for e in c.entities.values())
