"""The columns the day and week views show for a loaded agenda, built without a widget.

A worker builds them with the page's translated words (`ColumnTexts`, taken on the GUI thread
when the load is asked for), so it can lay out and draw a newly loaded week (`prepare_grid`)
and the GUI thread only shows the result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QLocale

from vircom_desktop.desk.agenda import AgendaData, TechnicianInfo, Visit
from vircom_desktop.ui.agenda.columns import Column
from vircom_desktop.ui.agenda.grid_frame import GridFrame, GridLook
from vircom_desktop.ui.formatting import qdate


@dataclass(frozen=True)
class ColumnTexts:
    """The words of column titles and subtitles, translated (placeholders `{count}`, `{reason}`)."""

    locale: QLocale
    day_title: str  # date pattern of a week column's title
    one_visit: str
    visits: str
    pending: str
    closed: str
    closed_because: str
    away: str
    away_because: str
    not_working: str


def count_text(visits: list[Visit], texts: ColumnTexts) -> str:
    """ "12 visitas · 3 pend.": the visits a column holds (cancelled ones not counted)."""
    active = [v for v in visits if v.holding or v.status in ("done", "no_show")]
    pending = sum(1 for v in active if v.status == "proposed")
    text = texts.one_visit if len(active) == 1 else texts.visits.format(count=len(active))
    if pending:
        text += " · " + texts.pending.format(count=pending)
    return text


def day_columns(agenda: AgendaData, texts: ColumnTexts, chosen: int | None) -> list[Column]:
    """A column per technician of the agenda's first day (only `chosen`'s, when set)."""
    schedule = agenda.schedules[agenda.first]
    columns = [
        technician_column(agenda, tech, texts)
        for tech in agenda.technicians
        if chosen is None or tech.id == chosen
    ]
    return columns if columns or schedule.closed_reason is None else []


def technician_column(agenda: AgendaData, tech: TechnicianInfo, texts: ColumnTexts) -> Column:
    """`tech`'s column on the agenda's first day, with why they do not work, if so."""
    schedule = agenda.schedules[agenda.first]
    unavailable = None
    if schedule.closed_reason is not None:
        unavailable = (
            texts.closed_because.format(reason=schedule.closed_reason)
            if schedule.closed_reason
            else texts.closed
        )
    elif tech.id in schedule.technician_leave:
        reason = schedule.technician_leave[tech.id]
        unavailable = texts.away_because.format(reason=reason) if reason else texts.away
    elif not schedule.technician_windows.get(tech.id):
        unavailable = texts.not_working
    mine = [v for v in agenda.visits if v.technician_id == tech.id]
    return Column(
        agenda.first,
        tech.id,
        tech.name,
        count_text(mine, texts),
        schedule.technician_windows.get(tech.id, ()),
        unavailable,
    )


def week_columns(agenda: AgendaData, texts: ColumnTexts, chosen: int | None) -> list[Column]:
    """A column per day of the agenda, for everyone or for the `chosen` technician."""
    by_day: dict[object, list[Visit]] = {}
    for visit in agenda.visits:
        if chosen is None or visit.technician_id == chosen:
            by_day.setdefault(visit.day, []).append(visit)
    columns = []
    for offset in range(agenda.days):
        day = agenda.first + timedelta(days=offset)
        schedule = agenda.schedules[day]
        windows = schedule.technician_windows.get(chosen, ()) if chosen else schedule.shop_windows
        title = texts.locale.toString(qdate(day), texts.day_title)
        unavailable = None
        if schedule.closed_reason is not None:
            unavailable = schedule.closed_reason or texts.closed
        columns.append(
            Column(
                day,
                chosen,
                title[:1].upper() + title[1:],
                count_text(by_day.get(day, []), texts),
                windows,
                unavailable,
            )
        )
    return columns


@dataclass(frozen=True)
class GridRequest:
    """What a day or week load must prepare: the view, its grid's look, words and filter."""

    view: str  # "day" or "week"
    look: GridLook
    texts: ColumnTexts
    technician: int | None  # the technician filter, None for everyone
    draw: bool = True  # False: the grid shows this range already and redraws what changed


@dataclass(frozen=True)
class PreparedGrid:
    """A loaded agenda with its grid laid out (and drawn), ready for `TimeGrid.show_frame`."""

    agenda: AgendaData
    request: GridRequest
    frame: GridFrame


def prepare_grid(load: Callable[[], AgendaData], request: GridRequest) -> PreparedGrid:
    """Load the agenda and lay out (and draw) its grid; runs on a worker (no widget touched)."""
    agenda = load()
    build = week_columns if request.view == "week" else day_columns
    columns = build(agenda, request.texts, request.technician)
    prepare = GridFrame.drawn if request.draw else GridFrame.laid_out
    frame = prepare(request.look, columns, agenda.visits, agenda.technicians)
    return PreparedGrid(agenda, request, frame)
