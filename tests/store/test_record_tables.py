"""The store hands out the record tables exactly as the build wrote them."""

from __future__ import annotations

import pytest

from mxpolicy_gui.store import PolicyQuery, Store
from tests.records_fixture import build_fixture_db


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory):
    out = build_fixture_db(tmp_path_factory.mktemp("records") / "policy.db")
    with Store(out) as store:
        yield store


def test_policy_round_trip_carries_status_date_history_and_spanish(fixture_store):
    p = fixture_store.policy("alpha-reform")
    assert (p.status, p.status_as_of) == ("Superseded", "2025-07-16")
    assert p.current_status == "Superseded"
    assert (p.summary_es, p.objective_es) == ("Una reforma que creó un regulador.", "Regular.")
    assert p.measures_es == ("Crear un regulador", "Abrir el mercado")
    assert [(h.date, h.status, h.instrument_id, h.confidence) for h in p.history] == [
        ("2013-06-11", "In force", "alpha-decree", "confirmed"),
        ("2025-07-16", "Superseded", "alpha-new-law", "partly confirmed"),
    ]
    assert p.history[1].note_es == "Una ley nueva la sustituye"
    assert p.history[1].instrument_title == "New test law"
    assert [(i.id, i.kind, i.dof_date) for i in p.instruments] == [
        ("alpha-decree", "constitutional decree", "2013-06-11"),
        ("alpha-new-law", "law", "2025-07-16"),
    ]
    assert p.instruments[1].url == "https://www.diputados.gob.mx/LeyesBiblio/ref/test.htm"
    (body,) = p.institutions
    assert (body.id, body.role, body.acronym, body.created, body.ended) == (
        "old-body", "created", "IV", "2013-06-11", "2025-07-17"
    )
    assert (body.successor_id, body.successor_name_en) == ("new-body", "New Commission")
    (link,) = p.links
    assert (link.to_id, link.to_kind, link.to_number, link.to_name_en, link.relation) == (
        "beta-programme", "innovation", 1, "Beta programme", "undone by"
    )
    assert (link.note_es, link.confidence) == ("Beta deshizo una parte", "unconfirmed")
    assert p.source("dof-later") is not None, "sources cited by the record are the policy's"


def test_figure_round_trip_carries_kind_period_derived_confidence(fixture_store):
    (figure,) = fixture_store.policy("alpha-reform").figures
    assert (figure.kind, figure.period_start, figure.period_end) == (
        "legal parameter", "2013-06-11", "2025-07-16"
    )
    assert (figure.derived, figure.confidence) == (True, "confirmed")
    assert (figure.label_es, figure.unit_es) == ("Mayoría necesaria", "%")
    assert figure.note_es == "Dos terceras partes de los miembros presentes"


def test_streamed_policies_carry_the_record_too(fixture_store):
    streamed = {p.id: p for p in fixture_store.iter_policies(PolicyQuery(), figures=False)}
    assert streamed["beta-programme"].current_status == "Continued"
    assert [h.status for h in streamed["beta-programme"].history] == ["In operation", "Continued"]
    assert streamed["beta-programme"].links[0].to_id == "alpha-reform"
    assert streamed["beta-programme"].figures == ()


def test_real_database_every_policy_has_a_dated_current_status(store):
    for policy in store.iter_policies(PolicyQuery(), figures=False):
        assert policy.status_as_of and policy.status_as_of >= "2025-07-16", policy.id
        assert policy.history and policy.current_status == policy.status, policy.id


def test_a_reform_lists_the_instruments_its_history_rests_on_even_when_shared(store):
    """The 2013 telecommunications decree (article 28) is also the competition reform's, and
    the 2024 organic-simplification decree ended its body: both are filed once, under the
    telecommunications reform, and both are listed with the competition reform's own laws."""
    competition = store.policy("reforma-competencia-economica")
    listed = [(i.id, i.kind, i.dof_date) for i in competition.instruments]
    assert listed == sorted(listed, key=lambda row: row[2])  # by DOF date
    ids = [row[0] for row in listed]
    assert len(ids) == len(set(ids))
    assert {
        "dof-2013-06-11-decreto-telecomunicaciones",
        "dof-2024-12-20-decreto-simplificacion-organica",
        "dof-2014-05-23-lfce",
        "dof-2025-07-16-reforma-lfce",
    } <= set(ids)
    cited = {h.instrument_id for h in competition.history if h.instrument_id}
    assert cited <= set(ids)  # every instrument the history names is listed
    # The owner lists its own instrument once, not again for citing it in its history.
    telecom = store.policy("reforma-telecomunicaciones")
    telecom_ids = [i.id for i in telecom.instruments]
    assert telecom_ids.count("dof-2013-06-11-decreto-telecomunicaciones") == 1


def test_every_policy_lists_every_instrument_its_history_names(store):
    for policy in store.iter_policies(PolicyQuery()):
        listed = {i.id for i in policy.instruments}
        named = {h.instrument_id for h in policy.history if h.instrument_id}
        assert named <= listed, policy.id
