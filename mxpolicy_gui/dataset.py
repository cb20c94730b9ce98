"""Facts about the database file that the build writes and the store reads.

Kept apart from both so neither imports the other: the build stands apart from the run-time
code, and the store must not need sqlite-utils.
"""

from __future__ import annotations

#: Bumped whenever a table or column changes meaning; the store refuses any other version.
SCHEMA_VERSION = 3

KINDS = ("innovation", "reform")

#: Tables a valid database must have; a file without them belongs to another application.
REQUIRED_TABLES = (
    "meta",
    "policies",
    "policy_sectors",
    "figures",
    "sources",
    "policy_sources",
    "policies_fts",
    "status_history",
    "instruments",
    "institutions",
    "policy_institutions",
    "policy_links",
)

SECTORS = (
    "Economy",
    "Energy",
    "Finance",
    "Health",
    "Education",
    "Employment",
    "Social welfare",
    "Agriculture",
    "Environment",
    "Telecommunications",
    "Competition",
    "Fiscal policy",
    "Justice",
    "Security",
    "Transparency",
    "Anti-corruption",
    "Elections",
    "Communication",
    "Youth",
    "Public finance",
)

#: The closed status vocabulary (docs/methodology.md explains each word). The build rejects
#: any other status, in a policy's `status` and in every row of its history; the facet lists
#: statuses in this order.
STATUSES = (
    "In force",  # the law or decree applies as enacted
    "Partly in force",  # some of its provisions were replaced, struck down or never applied
    "Superseded",  # replaced by a later instrument that covers the same ground
    "Repealed",  # abrogated without a successor
    "In operation",  # a programme or body that is running
    "Continued",  # carried on, renamed or absorbed, under the next government
    "Ended",  # a programme or body that stopped
    "Blocked",  # stopped by a court ruling or suspension
    "Completed",  # a one-off whose work is done
    "Under construction",  # an infrastructure project not yet finished
)

#: How sure the project is of a fact: a field on figures, history rows, instruments, links
#: and institutions, never a remark in prose. Absent means "confirmed" (README rule: only
#: confirmed facts go in unless marked).
CONFIDENCE = ("confirmed", "partly confirmed", "unconfirmed")

#: What a legal instrument is.
INSTRUMENT_KINDS = (
    "constitutional decree",
    "law",
    "regulation",
    "rules of operation",
    "court ruling",
    "agreement",
)

#: How one policy relates to another (read "this policy <relation> that one").
LINK_RELATIONS = (
    "builds on",
    "undone by",
    "undoes",
    "replaces",
    "replaced by",
    "pays through",
    "continues",
    "related",
)

#: What a policy did to an institution.
INSTITUTION_ROLES = ("created", "transformed", "extinguished", "implements")

#: What a figure is.
FIGURE_KINDS = ("legal parameter", "target", "reported result", "government claim", "estimate")
