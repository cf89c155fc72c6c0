"""Round 35: a state's office named in Spanish, Portuguese, Italian or French by the public
function it runs ("la Agencia Tributaria", "l'Agenzia delle Dogane", "el departamento de salud",
"la Direção Regional do Ambiente", "le service des douanes") is kept, as "the Tax Agency" is in
English; and a bank named "bank of" a country, a region or a capital is kept whatever the
country's frequency as an English word ("bank of ireland", "the Bank of Scotland").  A firm's
agency or department ("Agencia de Viajes Ría Azul", "Departamento de Ventas"), a name that goes
on after the function ("Agence de Santé Lumière", a clinic's own name; "el Servicio de Salud de
Aysén", one region's service) and a bank named after a person or an everyday word stay found."""

from __future__ import annotations

import pytest

from tests.scan_helpers import names_found, names_touching


@pytest.mark.parametrize("text, name", [
    ("BRAIS: A collector in Verín had another pipe maker look at it. I think he went to the "
     "Agencia Tributaria about the cash.\n", "Agencia Tributaria"),
    ("A: They sent the papers to the Direção Regional do Ambiente in the end, and nobody answered.\n",
     "Direção Regional do Ambiente"),
    ("A: I'm the administrative clerk at a car dealer: registrations, invoices, the paperwork with the "
     "Ufficio Tributario. Nine years now.\n", "Ufficio Tributario"),
    ("[00:04:10] the chief knows people in the ministry, the direção de transportes terrestres, so nobody "
     "checks the trucks\n", "direção de transportes terrestres"),
])
def test_a_state_office_named_by_its_function_is_kept(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) == []


@pytest.mark.parametrize("text, name", [
    ("[00:10:01] some of it. bank of ireland statements show the money went out in march\n", "bank of ireland"),
    ("A: The loan was from the Bank of Scotland, in my brother's name.\n", "Bank of Scotland"),
])
def test_a_bank_named_after_a_country_or_region_is_kept(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) == []


@pytest.mark.parametrize("text, expected", [
    # a firm's agency or department: no public function after the kind word
    ("A: I sold the tickets at Agencia de Viajes Ría Azul for two summers, on commission.\n",
     ("ORGANIZATION", "Agencia de Viajes Ría Azul")),
    ("A: I worked in the Departamento de Ventas of a dairy for a year.\n",
     ("ORGANIZATION", "Departamento de Ventas")),
    # a name that goes on after the function word: a clinic's own name, one region's service
    ("A: He went to the Agence de Santé Lumière, the private clinic by the port.\n",
     ("ORGANIZATION", "Agence de Santé Lumière")),
    ("A: She was a nurse at the Servicio de Salud de Aysén before it was moved.\n",
     ("LOCATION", "Servicio de Salud de Aysén")),
    # a bank named after a person, or after a word that is no place
    ("A: He opened an account at the Bank of Anna Kowalski last spring.\n",
     ("ORGANIZATION", "Bank of Anna Kowalski")),
    ("A: She took a loan at Bank of Hope in Ealing.\n",
     ("ORGANIZATION", "Bank of Hope in Ealing")),
])
def test_a_firm_or_a_local_service_stays_found(redactor_default, text, expected):
    kind, name = expected
    assert (kind, name, text.index(name)) in names_found(redactor_default, text)
