"""Spanish ownership read from a relational noun or participle in the parse (loaders/owner_nouns.py), each on an
invented sentence (none is taken from a scored report)."""
import pytest

from tests.loaders.helpers import context, facts

OWNED = [
    # (text, owner, owned)
    ("Los vecinos rechazan la mina Cerro Pando. Minera Pando Real es filial de Kestrel Gold Ltd., con sede en "
     "Vancouver.", "Kestrel Gold Ltd", "Minera Pando Real"),
    # a paragraph's first word is no sentence of its own (loaders/nlp.py), so the name at its start stays whole
    ("El concejo pidió suspender la mina del cerro Alto Pino, que opera la empresa Minera Cuyaní S.A.\n\n"
     "Minera Cuyaní es filial de Tarrant Gold Ltd., con sede en Toronto, y tiene como socia a la estatal Empresa "
     "Minera Nacional.", "Tarrant Gold Ltd", "Minera Cuyaní S.A."),
    ("Los comuneros rechazan el proyecto Cerro Quilla. Lo desarrolla Minera Quilla Andina S.A., subsidiaria "
     "ecuatoriana de la australiana Bellbird Copper, en la parroquia Sevilla.", "Bellbird Copper", "Minera Quilla Andina S.A."),
    ("El Tajo Verde pertenece a Minera Tajo Verde SpA, controlada en un 60 % por la australiana Redfern Copper y en "
     "un 40 % por la Empresa Minera del Estado (Emiest).", "Redfern Copper", "Minera Tajo Verde SpA"),
    ("El Tajo Verde pertenece a Minera Tajo Verde SpA, controlada en un 60 % por la australiana Redfern Copper y en "
     "un 40 % por la Empresa Minera del Estado (Emiest).", "Empresa Minera del Estado", "Minera Tajo Verde SpA"),
    ("La minera Redfern Copper es dueña además de las minas Las Garzas y Punta Brava, en Atacama.", "Redfern Copper",
     "Las Garzas"),
    ("La minera Redfern Copper es dueña además de las minas Las Garzas y Punta Brava, en Atacama.", "Redfern Copper",
     "Punta Brava"),
    ("La mina El Roble, que opera Carbones del Tamá, empresa mixta entre la Corporación Minera Nacional (CMN) y la "
     "china Jinlong Coal, fue ampliada.", "Jinlong Coal", "Carbones del Tamá"),
    ("La mina El Roble, que opera Carbones del Tamá, empresa mixta entre la Corporación Minera Nacional (CMN) y la "
     "china Jinlong Coal, fue ampliada.", "Corporación Minera Nacional", "Carbones del Tamá"),
    ("La empresa Minera Ralo Sur opera la mina Cerro Ralo desde 2010. Minera Ralo Sur es de Halden Mining Corp., de "
     "Toronto.", "Halden Mining Corp", "Minera Ralo Sur"),
]


@pytest.mark.parametrize("text,owner,owned", OWNED)
def test_the_noun_that_says_whose_a_body_is_gives_its_owner(ex, text, owner, owned):
    c = context(ex, text, "2021-03-02", language="es")
    assert (owner, owned) in facts(c, "OWNS")


def test_a_body_said_to_be_of_a_town_is_not_owned_by_it(ex):
    c = context(ex, "El Frente de Defensa es de Cocachacra y la mina es de Minera Valle Alto.", "2021-03-02",
                language="es")
    assert not {owner for owner, _ in facts(c, "OWNS")} & {"Cocachacra"}
