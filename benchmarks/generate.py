"""Write a synthetic policy database of N records with the real schema, indexes and FTS index.

    python benchmarks/generate.py --records 100000 [--seed 7] [--output PATH]

The records go through `mxpolicy_gui.compile.writer.write_database`, the function the real build
uses, so the file differs from `data/policy.db` only in its text. The text is seeded and reads
like the real data: English summaries with Spanish names, agencies and places (accents, ñ),
Spanish titles of sources, 3–8 figures and 1–3 sources per policy, sectors and statuses from
`mxpolicy_gui.dataset`. Like the real build, policies are written sorted by kind and number, each
kind taking a random share of about half.

Without `--output` the file is cached as `benchmarks/.cache/policies-<N>-seed<S>-v<V>-s<D>.db`
(or in `$MXPOLICY_BENCH_CACHE`) and reused while the generator's version V and the database
schema version D are unchanged.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's package

from mxpolicy_gui.compile.aliases import load_aliases
from mxpolicy_gui.compile.records import PolicyRecord
from mxpolicy_gui.compile.sources import SourceRecord
from mxpolicy_gui.compile.writer import write_database
from mxpolicy_gui.dataset import KINDS, SCHEMA_VERSION, SECTORS, STATUSES
from mxpolicy_gui.figure_record import Figure

#: Bump when the generated text changes, so cached files are rebuilt.
GENERATOR_VERSION = 8  # 2: every field in the full-text index and the aliases; 3: schema 2;
# 4: the CSV export's covering indexes on policy_sources and sources; 5: prefix indexes to 6;
# 6, 7: the stored CSV lines (schema 4), keyed by seq, then by rowid;
# 8: kind counts and runs in meta
DEFAULT_SEED = 7
#: Where generated databases are kept; `MXPOLICY_BENCH_CACHE` overrides (the tests use it).
CACHE_ENV = "MXPOLICY_BENCH_CACHE"
CACHE_DIR = Path(__file__).resolve().parent / ".cache"

ADMINISTRATIONS = (
    # (administration, president, first year, last year, weight)
    ("Zedillo (1994–2000)", "Ernesto Zedillo Ponce de León", 1994, 2000, 1),
    ("Fox (2000–2006)", "Vicente Fox Quesada", 2000, 2006, 2),
    ("Calderón (2006–2012)", "Felipe Calderón Hinojosa", 2006, 2012, 3),
    ("Peña Nieto (2012–2018)", "Enrique Peña Nieto", 2012, 2018, 4),
    ("López Obrador (2018–2024)", "Andrés Manuel López Obrador", 2018, 2024, 4),
    ("Sheinbaum (2024–2030)", "Claudia Sheinbaum Pardo", 2024, 2026, 1),
)

AGENCIES = (
    "Secretaría de Energía (SENER)",
    "Comisión Federal de Electricidad (CFE)",
    "Petróleos Mexicanos (PEMEX)",
    "Secretaría de Educación Pública (SEP)",
    "Secretaría de Salud (SSA)",
    "Instituto Mexicano del Seguro Social (IMSS)",
    "Secretaría de Hacienda y Crédito Público (SHCP)",
    "Secretaría de Bienestar (BIENESTAR)",
    "Secretaría del Trabajo y Previsión Social (STPS)",
    "Secretaría de Agricultura y Desarrollo Rural (SADER)",
    "Secretaría de Medio Ambiente y Recursos Naturales (SEMARNAT)",
    "Instituto Federal de Telecomunicaciones (IFT)",
    "Comisión Federal de Competencia Económica (COFECE)",
    "Instituto Nacional Electoral (INE)",
    "Secretaría de Gobernación (SEGOB)",
    "Fiscalía General de la República (FGR)",
    "Secretaría de la Función Pública (SFP)",
    "Comisión Nacional del Agua (CONAGUA)",
    "Secretaría de Economía (SE)",
    "Banco de México (BANXICO)",
    "Secretaría de la Defensa Nacional (SEDENA)",
    "Guardia Nacional (GN)",
    "Instituto Nacional de los Pueblos Indígenas (INPI)",
    "Consejo Nacional de Humanidades, Ciencias y Tecnologías (CONAHCYT)",
    "Instituto del Fondo Nacional de la Vivienda para los Trabajadores (INFONAVIT)",
    "Secretaría de Desarrollo Agrario, Territorial y Urbano (SEDATU)",
    "Sistema Nacional para el Desarrollo Integral de la Familia (DIF)",
    "Instituto Nacional de Estadística y Geografía (INEGI)",
    "Secretaría de Comunicaciones y Transportes (SCT)",
    "Comisión Reguladora de Energía (CRE)",
)

PLACES = (
    "Ciudad de México", "Estado de México", "Nuevo León", "Jalisco", "Michoacán", "Yucatán",
    "Querétaro", "San Luis Potosí", "Oaxaca", "Chiapas", "Guerrero", "Sonora", "Tabasco",
    "Veracruz", "Quintana Roo", "Baja California", "Hidalgo", "Puebla", "Zacatecas", "Durango",
    "Coahuila", "Tamaulipas", "Sinaloa", "Morelos", "Tlaxcala", "Campeche", "Colima", "Nayarit",
    "Aguascalientes", "Guanajuato", "Chihuahua", "Baja California Sur", "la Sierra Tarahumara",
    "el Istmo de Tehuantepec", "la Huasteca", "la Península de Yucatán",
)

# (Spanish, English) pairs, so a policy's two names say the same thing.
NAME_HEADS = (
    ("Programa", "Programme"), ("Estrategia", "Strategy"), ("Fondo", "Fund"),
    ("Sistema", "System"), ("Plan", "Plan"), ("Iniciativa", "Initiative"),
    ("Reforma", "Reform"), ("Red", "Network"), ("Ley", "Law"), ("Consejo", "Council"),
    ("Observatorio", "Observatory"), ("Registro", "Registry"), ("Padrón", "Register"),
    ("Política", "Policy"), ("Mecanismo", "Mechanism"), ("Instituto", "Institute"),
)
NAME_ADJECTIVES = (
    ("Nacional", "National"), ("Federal", "Federal"), ("Integral", "Comprehensive"),
    ("Regional", "Regional"), ("Emergente", "Emergency"), ("Universal", "Universal"),
    ("Rural", "Rural"), ("Digital", "Digital"), ("Solidario", "Solidarity"),
    ("Comunitario", "Community"), ("Estratégico", "Strategic"), ("Público", "Public"),
)
NAME_TOPICS = (
    ("de Energía", "Energy", "Energy"),
    ("de Energías Limpias", "Clean Energy", "Energy"),
    ("de Electrificación", "Electrification", "Energy"),
    ("de Refinación", "Refining", "Energy"),
    ("de Educación Básica", "Basic Education", "Education"),
    ("de Becas Benito Juárez", "Benito Juárez Scholarships", "Education"),
    ("de Universidades para el Bienestar", "Welfare Universities", "Education"),
    ("de Salud Pública", "Public Health", "Health"),
    ("de Vacunación", "Vaccination", "Health"),
    ("de Medicamentos Gratuitos", "Free Medicines", "Health"),
    ("para Jóvenes", "Youth", "Youth"),
    ("de Aprendices", "Apprenticeship", "Employment"),
    ("de Empleo Temporal", "Temporary Employment", "Employment"),
    ("de Pensiones", "Pensions", "Social welfare"),
    ("para Adultos Mayores", "Older Adults", "Social welfare"),
    ("de Niñas y Niños", "Children", "Social welfare"),
    ("de Vivienda Social", "Social Housing", "Social welfare"),
    ("de Crédito a la Palabra", "Word-of-Honour Credit", "Finance"),
    ("de Inclusión Financiera", "Financial Inclusion", "Finance"),
    ("de Precios de Garantía", "Guaranteed Prices", "Agriculture"),
    ("de Fertilizantes", "Fertilisers", "Agriculture"),
    ("de Reforestación", "Reforestation", "Environment"),
    ("del Agua", "Water", "Environment"),
    ("de Telecomunicaciones", "Telecommunications", "Telecommunications"),
    ("de Internet para Todos", "Internet for All", "Telecommunications"),
    ("de Competencia Económica", "Economic Competition", "Competition"),
    ("Hacendario", "Tax", "Fiscal policy"),
    ("de Justicia Penal", "Criminal Justice", "Justice"),
    ("de Seguridad Ciudadana", "Citizen Security", "Security"),
    ("de Transparencia", "Transparency", "Transparency"),
    ("Anticorrupción", "Anti-corruption", "Anti-corruption"),
    ("Electoral", "Electoral", "Elections"),
    ("de Comunicación Social", "Public Communication", "Communication"),
    ("de Austeridad", "Austerity", "Public finance"),
    ("de Desarrollo Económico", "Economic Development", "Economy"),
)
GROUPS = (
    ("jóvenes", "young people"), ("adultos mayores", "older adults"),
    ("campesinos", "small farmers"), ("estudiantes", "students"),
    ("comunidades indígenas", "indigenous communities"), ("mujeres", "women"),
    ("niñas y niños", "children"), ("trabajadores", "workers"),
    ("pescadores", "fishers"), ("personas con discapacidad", "people with disabilities"),
    ("pequeños comercios", "small shops"), ("municipios", "municipalities"),
)
VERBS = (
    "pays direct transfers to", "trains", "offers free care to", "extends credit to",
    "connects", "registers", "builds schools for", "guarantees prices for", "protects",
    "supports", "hires", "vaccinates", "insures",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
PUBLISHERS = (
    ("El Financiero", "elfinanciero.com.mx"), ("Expansión", "expansion.mx"),
    ("El Universal", "eluniversal.com.mx"), ("La Jornada", "jornada.com.mx"),
    ("Animal Político", "animalpolitico.com"), ("Diario Oficial de la Federación", "dof.gob.mx"),
    ("CONEVAL", "coneval.org.mx"), ("Gobierno de México", "gob.mx"),
    ("Banco Mundial", "worldbank.org"), ("OCDE", "oecd.org"), ("Proceso", "proceso.com.mx"),
    ("Milenio", "milenio.com"), ("Reforma", "reforma.com"), ("IMCO", "imco.org.mx"),
)
SURNAMES = (
    "García", "Hernández", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez",
    "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz",
    "Torres", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo",
    "Núñez", "Peña", "Ibáñez", "Corona", "Treviño",
)
HEADLINE_VERBS = (
    "anuncia", "amplía", "evalúa", "recorta", "presenta", "critica", "defiende", "publica",
)
HEADLINE_NOUNS = (
    "presupuesto", "reglas de operación", "padrón de beneficiarios", "evaluación",
    "informe anual", "auditoría", "ampliación", "cobertura",
)
STATUS_WEIGHTS = {"In operation": 6, "Ended": 3, "Completed": 2, "In force": 5}
# (label, unit, currency, low, high, decimals)
FIGURE_KINDS = (
    ("Beneficiaries", "people", None, 1_000, 30_000_000, 0),
    ("Young people enrolled", "young people", None, 500, 2_500_000, 0),
    ("Schools covered", "schools", None, 10, 200_000, 0),
    ("Municipalities reached", "municipalities", None, 1, 2_469, 0),
    ("Branches in operation", "branches", None, 1, 3_200, 0),
    ("Hectares planted", "hectares", None, 100, 1_100_000, 0),
    ("Annual budget", "", "MXN", 1e6, 4e11, 0),
    ("Monthly transfer per person", "per month", "MXN", 300, 8_000, 0),
    ("Investment committed", "", "USD", 1e5, 5e10, 0),
    ("Share of households reached", "%", None, 0.5, 99.0, 1),
    ("Coverage among eligible people", "%", None, 1.0, 100.0, 1),
    ("Reduction in waiting times", "%", None, 1.0, 80.0, 1),
    ("Barrels processed", "barrels per day", None, 1_000, 1_800_000, 0),
    ("Electricity tariff", "per kWh", "MXN", 0.5, 6.0, 3),
    ("Statutes amended", "statutes", None, 1, 40, 0),
)


class Dice:
    """Seeded picks built on `random()` alone: several times faster than `choice`/`randint`,
    which matters at 100,000 records (about 100 picks each)."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed).random

    def pick(self, seq):
        return seq[int(self.random() * len(seq))]

    def between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def chance(self, p: float) -> bool:
        return self.random() < p

    def weighted(self, seq, cum_weights: list[float]):
        return seq[bisect.bisect(cum_weights, self.random() * cum_weights[-1])]

    def some(self, seq, k: int) -> list:
        """`k` distinct items of `seq` (k much smaller than len(seq))."""
        chosen: list = []
        while len(chosen) < k:
            item = seq[int(self.random() * len(seq))]
            if item not in chosen:
                chosen.append(item)
        return chosen


def make_sources(dice: Dice, count: int) -> list[SourceRecord]:
    sources = []
    for i in range(1, count + 1):
        publisher, domain = dice.pick(PUBLISHERS)
        agency = dice.pick(AGENCIES)
        acronym = agency.rsplit("(", 1)[-1].rstrip(")")
        group_es, _ = dice.pick(GROUPS)
        year = dice.between(1995, 2026)
        title = (
            f"{acronym} {dice.pick(HEADLINE_VERBS)} {dice.pick(HEADLINE_NOUNS)} para "
            f"{group_es} en {dice.pick(PLACES)}"
        )
        authors = (
            ""
            if dice.chance(0.4)
            else f"{dice.pick(SURNAMES)} {dice.pick(SURNAMES)}, {dice.pick('ACEFGJLMPRS')}."
        )
        has_doi = dice.chance(0.15)
        sources.append(
            SourceRecord(
                id=f"src-{i:06d}",
                kind="academic article" if has_doi else "press",
                authors=(authors,) if authors else (),
                no_author=not authors,
                title=title,
                container=publisher,
                published=f"{year}-{dice.between(1, 12):02d}-{dice.between(1, 28):02d}",
                accessed="2026-01-15",
                url="" if has_doi else f"https://www.{domain}/{year}/nota-{i:06d}",
                doi=f"10.{dice.between(1000, 9999)}/mxp.{i:06d}" if has_doi else "",
                language="es",
                note="" if dice.chance(0.8) else "Published in the print edition too",
            )
        )
    return sources


def _date(dice: Dice, first: int, last: int) -> str | None:
    roll = dice.random()
    if roll < 0.03:
        return None
    year = dice.between(first, last)
    if roll < 0.10:
        return str(year)
    if roll < 0.30:
        return f"{year}-{dice.between(1, 12):02d}"
    return f"{year}-{dice.between(1, 12):02d}-{dice.between(1, 28):02d}"


def _summary(dice: Dice, name_en: str, name_es: str, agency: str, year: int) -> str:
    group_es, group_en = dice.pick(GROUPS)
    place = dice.pick(PLACES)
    sentences = [
        f"A {dice.pick(('federal', 'national', 'regional', 'pilot'))} programme run by the "
        f"{agency} that {dice.pick(VERBS)} {group_en} in {place} and other states.",
        f"It started in {dice.pick(MONTHS)} {year} with {dice.between(2, 900) * 1000:,} "
        f"beneficiaries and a budget of MXN {dice.between(5, 90_000):,} million.",
    ]
    extra = dice.between(0, 2)
    if extra:
        pool = (
            f"Known in Spanish as {name_es}, it is often called simply “{name_es.split()[0]}” "
            "in the press.",
            f"La evaluación de {dice.pick(PUBLISHERS)[0]} señaló que la cobertura entre "
            f"{group_es} de {dice.pick(PLACES)} creció, aunque con rezagos en zonas rurales.",
            f"Critics in {dice.pick(PLACES)} questioned its reach among {group_en}, while the "
            f"government cited the {name_en} figures as proof of progress.",
            f"El programa operó en {dice.between(3, 32)} entidades y llegó a "
            f"{dice.between(10, 2_400)} municipios, según la {agency}.",
        )
        sentences.extend(dice.some(pool, extra))
    return " ".join(sentences)


def _figures(
    dice: Dice, first: int, last: int, own_sources: list[str]
) -> tuple[Figure, ...]:
    # Most figures share the policy's unit family, so the detail pane usually has a chart.
    family = dice.pick(FIGURE_KINDS)
    figures = []
    for _ in range(dice.between(3, 8)):
        label, unit, currency, low, high, decimals = (
            family if dice.chance(0.6) else dice.pick(FIGURE_KINDS)
        )
        value = round(low + dice.random() * (high - low), decimals)
        value_max = None
        if dice.chance(0.08):
            value_max = float(round(value * (1.05 + dice.random() * 0.5), decimals))
        year = dice.between(first, last)
        figures.append(
            Figure(
                label=f"{label} ({year})" if dice.chance(0.5) else label,
                value=float(value),
                value_max=value_max,
                unit=unit,
                currency=currency,
                year=year,
                source_id=dice.pick(own_sources),
                note="" if dice.chance(0.7) else f"Cifra preliminar, {dice.pick(PLACES)}",
            )
        )
    return tuple(figures)


def make_policies(dice: Dice, count: int, sources: list[SourceRecord]) -> Iterator[PolicyRecord]:
    numbers = dict.fromkeys(KINDS, 0)
    admin_weights = list(itertools.accumulate(a[4] for a in ADMINISTRATIONS))
    status_weights = list(itertools.accumulate(STATUS_WEIGHTS.get(s, 1) for s in STATUSES))
    source_ids = [s.id for s in sources]
    # The real build writes policies sorted by (kind, number); so does this.
    first_kind = sum(dice.chance(0.5) for _ in range(count))
    for i in range(1, count + 1):
        kind = KINDS[0] if i <= first_kind else KINDS[1]
        numbers[kind] += 1
        head_es, head_en = dice.pick(NAME_HEADS)
        adj_es, adj_en = dice.pick(NAME_ADJECTIVES)
        topic_es, topic_en, topic_sector = dice.pick(NAME_TOPICS)
        place = dice.pick(PLACES) if dice.chance(0.3) else ""
        name_es = f"{head_es} {adj_es} {topic_es}" + (f" en {place}" if place else "")
        name_en = f"{adj_en} {topic_en} {head_en}" + (f" in {place}" if place else "")
        admin, president, first, last, _ = dice.weighted(ADMINISTRATIONS, admin_weights)
        sectors = [topic_sector]
        for _ in range(dice.pick((0, 0, 1, 1, 2))):
            other = dice.pick(SECTORS)
            if other not in sectors:
                sectors.append(other)
        agencies = tuple(dice.some(AGENCIES, dice.pick((1, 1, 2, 2, 3))))
        date = _date(dice, first, last)
        year = int(date[:4]) if date else dice.between(first, last)
        own_sources = dice.some(source_ids, dice.between(1, 3))
        group_es, group_en = dice.pick(GROUPS)
        measures = (
            f"Direct transfers of MXN {dice.between(3, 80) * 100:,} per month to {group_en}",
            f"Registro de {group_es} en el padrón de {dice.pick(PLACES)}",
            f"Creation of the {name_en} registry ({dice.pick(MONTHS)} {year})",
            f"Construcción de {dice.between(2, 900)} sucursales y centros de atención",
            f"Agreements with {dice.between(2, 32)} state governments",
        )
        yield PolicyRecord(
            id=f"{kind}-{numbers[kind]:06d}",
            kind=kind,
            number=numbers[kind],
            name_en=name_en,
            name_es=name_es,
            administration=admin,
            president=president,
            sectors=tuple(sectors),
            agencies=agencies,
            date=date,
            date_kind="dof" if kind == "reform" and dice.chance(0.7) else "start",
            status=dice.weighted(STATUSES, status_weights),
            summary=_summary(dice, name_en, name_es, agencies[0], year),
            objective=(
                f"Reduce the gap in {topic_en.lower()} for {group_en} and bring "
                f"{dice.pick(GROUPS)[1]} into the {adj_en.lower()} system by {last}."
            ),
            measures=tuple(dice.some(measures, dice.between(2, 5))),
            sources=tuple(own_sources),
            figures=_figures(dice, first, last, own_sources),
            source_file=f"synthetic-{i:06d}.toml",
        )


def generate(path: Path, records: int, seed: int = DEFAULT_SEED) -> Path:
    """Write a fresh database of `records` policies to `path` (replaced atomically)."""
    dice = Dice(seed)
    sources = make_sources(dice, max(20, records // 20))
    meta = {
        "dataset_version": f"synthetic-{records}-seed{seed}",
        "schema_version": "1",
        "title": f"Synthetic benchmark data: {records:,} policies (seed {seed})",
        "licence": "Generated text for benchmarks; not real policy data.",
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    try:
        aliases = load_aliases(Path(__file__).resolve().parents[1] / "data/sources/aliases.toml")
        write_database(
            partial, meta, sources, make_policies(dice, records, sources), aliases=aliases
        )
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def timeline_extras(data, seed: int = DEFAULT_SEED):
    """`data` (a `TimelineData` of a synthetic database) with synthetic status histories (0–3
    changes for one policy in three), later instruments and institutions (one per 200
    policies, a third with a successor) added where the database has none.

    Drawn from their own seeded dice and kept out of the database file, so the generated
    databases, and every other figure measured on them, stay exactly as they were.
    """
    import dataclasses

    from mxpolicy_gui.store.timeline import (
        InstitutionBar,
        InstrumentMark,
        StatusMark,
        date_of,
    )

    dice = Dice(seed + 10_007)
    statuses, instruments = list(data.statuses), list(data.instruments)
    if not statuses:
        for m in data.markers:
            if dice.chance(1 / 3):
                day = m.day
                for _ in range(dice.between(1, 3)):
                    day = min(data.today, day + dice.between(30, 1500))
                    statuses.append(
                        StatusMark(m.id, date_of(day).isoformat(), day, dice.pick(STATUSES), "")
                    )
                    if dice.chance(0.5):
                        instruments.append(
                            InstrumentMark(m.id, date_of(day).isoformat(), day, "law", "Ley")
                        )
        statuses.sort(key=lambda s: s.day)
    institutions = list(data.institutions)
    if not institutions and data.markers:
        count = max(2, len(data.markers) // 200)
        first, last = data.markers[0].day, data.today
        follows: int | None = None  # the previous body's end, when this one succeeds it
        for i in range(count):
            start = follows if follows is not None else dice.between(first, last - 30)
            ended = dice.chance(0.4) and start < last - 200
            end = min(last, start + dice.between(200, 4000)) if ended else None
            agency = dice.pick(AGENCIES)
            has_successor = end is not None and i + 1 < count and dice.chance(0.8)
            follows = end if has_successor else None
            institutions.append(
                InstitutionBar(
                    f"inst-{i:05d}",
                    agency.rsplit(" (", 1)[0],
                    agency.rsplit("(", 1)[-1].rstrip(")"),
                    date_of(start).isoformat(),
                    date_of(end).isoformat() if end else None,
                    start,
                    end,
                    f"inst-{i + 1:05d}" if has_successor else None,
                    (dice.pick(data.markers).id,),
                )
            )
        institutions.sort(key=lambda b: (b.start_day, b.id))
    return dataclasses.replace(
        data,
        statuses=tuple(statuses),
        instruments=tuple(instruments),
        institutions=tuple(institutions),
    )


def cached_db(records: int, seed: int = DEFAULT_SEED) -> Path:
    """The cached database for (records, seed), generated on first use."""
    folder = Path(os.environ.get(CACHE_ENV) or CACHE_DIR)
    # The schema version too: a file cached before the schema changed cannot be opened.
    path = folder / f"policies-{records}-seed{seed}-v{GENERATOR_VERSION}-s{SCHEMA_VERSION}.db"
    if not path.is_file():
        generate(path, records, seed)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000, metavar="N")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--output", type=Path, help="write here instead of the cache")
    args = parser.parse_args(argv)
    if args.records < 1:
        parser.error("--records must be at least 1")
    started = time.perf_counter()
    if args.output:
        path = generate(args.output, args.records, args.seed)
    else:
        path = cached_db(args.records, args.seed)
    print(f"{path} ({args.records:,} records, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
