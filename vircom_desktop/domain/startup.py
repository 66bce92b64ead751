"""Opening the shop's database ready for use: connected, migrated, time zone set."""

from __future__ import annotations

import peewee as pw

from vircom_desktop.domain import clock, db, migrations


def open_database(url: str, *, timezone: str | None = None) -> pw.Database:
    """Connect, migrate forward (backing up first) and set the shop's time zone."""
    if timezone:
        clock.set_shop_zone(timezone)
    database = db.connect(url)
    migrations.upgrade(database)
    return database
