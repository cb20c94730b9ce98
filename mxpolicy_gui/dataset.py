"""Facts about the database file that the build writes and the store reads.

Kept apart from both so neither imports the other: the build stands apart from the run-time
code, and the store must not need sqlite-utils.
"""

from __future__ import annotations

#: Bumped whenever a table or column changes meaning; the store refuses any other version.
SCHEMA_VERSION = 2

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

STATUSES = (
    "In operation",
    "Ended",
    "Completed",
    "Partly in force",
    "In force",
    "Superseded",
    "Repealed",
    "Blocked",
    "Under construction",
)
