"""The day sheet laid out for paper: a page per technician, as PDF (QPdfWriter) or printed.

The `day-sheet` command uses it without a display: `ensure_gui_application()` picks the offscreen
platform itself when none is chosen, since text layout needs a QGuiApplication for its fonts.
"""

from __future__ import annotations

import os
import sys
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from vircom_desktop.domain.day_sheet import DaySheet, SheetVisit, TechnicianDay
from vircom_desktop.ui.formatting import date_text, time_text

CONTEXT = "DaySheet"
PAGE_MARGIN_MM = 12
RESOLUTION_DPI = 300

_STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 9.5pt; color: #111; }
h1 { font-size: 15pt; margin: 0; }
h2 { font-size: 12pt; margin: 4px 0 10px 0; color: #333; }
p.shop { font-size: 9pt; color: #555; margin: 0; }
table.visits { border-collapse: collapse; width: 100%; }
table.visits th { background: #e5e7eb; text-align: left; padding: 4px; font-size: 9pt; }
table.visits td { border-bottom: 1px solid #bbb; padding: 5px 4px; vertical-align: top; }
td.time { white-space: nowrap; font-weight: bold; }
p.empty { font-size: 11pt; color: #555; margin-top: 20px; }
p.footer { font-size: 8pt; color: #777; margin-top: 14px; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ensure_gui_application() -> QGuiApplication:
    """The running Q(Gui)Application, or a new one (offscreen unless the user chose a platform)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(sys.argv[:1])


def _visit_row(visit: SheetVisit) -> str:
    who = escape(visit.customer)
    if visit.phone:
        who += f"<br>{escape(visit.phone)}"
    problem = escape(visit.problem)
    if visit.notes:
        problem += f"<br><i>{escape(_tr('Notas:'))} {escape(visit.notes)}</i>"
    return (
        "<tr>"
        f"<td class='time'>{time_text(visit.starts_at)}–{time_text(visit.ends_at)}</td>"
        f"<td>{who}</td>"
        f"<td>{escape(visit.address)}</td>"
        f"<td>{escape(visit.service)}</td>"
        f"<td>{problem}</td>"
        "</tr>"
    )


def _page(sheet: DaySheet, page: TechnicianDay | None, *, first: bool) -> str:
    brake = "" if first else " style='page-break-before: always'"
    shop = escape(sheet.shop_name)
    if sheet.shop_phone:
        shop += " · " + escape(sheet.shop_phone)
    title = escape(_tr("Hoja del día"))
    parts = [
        f"<div{brake}>",
        f"<p class='shop'>{shop}</p>",
        f"<h1>{title} — {escape(date_text(sheet.day, long=True))}</h1>",
    ]
    if page is None:
        parts.append(f"<p class='empty'>{escape(_tr('No hay visitas confirmadas este día.'))}</p>")
        parts.append("</div>")
        return "".join(parts)
    count = len(page.visits)
    summary = _tr("1 visita") if count == 1 else _tr("{count} visitas").format(count=count)
    parts.append(f"<h2>{escape(page.technician)} · {escape(summary)}</h2>")
    if not page.visits:
        parts.append(f"<p class='empty'>{escape(_tr('Sin visitas este día.'))}</p>")
    else:
        headers = (_tr("Hora"), _tr("Cliente"), _tr("Dirección"), _tr("Servicio"), _tr("Problema"))
        parts.append("<table class='visits' cellspacing='0' width='100%'><tr>")
        parts.extend(f"<th>{escape(header)}</th>" for header in headers)
        parts.append("</tr>")
        parts.extend(_visit_row(visit) for visit in page.visits)
        parts.append("</table>")
    parts.append("</div>")
    return "".join(parts)


def sheet_html(sheet: DaySheet) -> str:
    """The whole sheet as the rich text QTextDocument understands."""
    pages = sheet.technicians or (None,)
    body = "".join(_page(sheet, page, first=index == 0) for index, page in enumerate(pages))
    return f"<html><head><style>{_STYLE}</style></head><body>{body}</body></html>"


def sheet_document(sheet: DaySheet) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(sheet_html(sheet))
    return document


def _a4_layout() -> QPageLayout:
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(sheet: DaySheet, target: Path) -> Path:
    """Write the sheet to `target` (A4 landscape: the table needs the width)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(_a4_layout())
    writer.setTitle(_tr("Hoja del día") + " " + sheet.day.isoformat())
    writer.setCreator("Vircom Desk")
    sheet_document(sheet).print_(writer)  # paginates a copy to the writer's page
    return target


def write_pdf_headless(sheet: DaySheet, target: Path, language: str) -> Path:
    """The `day-sheet` command: a Qt application of its own (offscreen without a display)."""
    from vircom_desktop.ui.app import shop_locale

    ensure_gui_application()
    QLocale.setDefault(shop_locale(language))
    return write_pdf(sheet, target)


def print_sheet(sheet: DaySheet, printer: QPrinter) -> None:
    """Send the sheet to a printer the user chose (QPrintDialog)."""
    printer.setPageLayout(_a4_layout())
    sheet_document(sheet).print_(printer)
