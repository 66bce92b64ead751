"""The steps of the first-run assistant, one QWizardPage each (only «Probar» does work: on a worker)."""

from __future__ import annotations

import logging
import textwrap
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from vircom_desktop.config import Settings
from vircom_desktop.desk.first_run import OllamaProbe, probe_ollama
from vircom_desktop.domain.first_run import (
    USUAL_SERVICES,
    HoursSetup,
    ServiceSetup,
    SetupError,
    TechnicianSetup,
)
from vircom_desktop.ui.tasks import Op

log = logging.getLogger("vircom.ui")

SKIP_BUTTON = QWizard.WizardButton.CustomButton1
TECHNICIAN_ROWS = 3


class SkippablePage(QWizardPage):
    """A step the user may skip: then it contributes nothing."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.skipped = False

    def initializePage(self) -> None:
        self.skipped = False


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Bienvenido a Vircom Desk"))
        self.setSubTitle(
            self.tr(
                "En unos pasos dejamos listo su taller. Puede omitir cualquier paso y "
                "completarlo después en Ajustes."
            )
        )
        self.own_shop = QRadioButton(self.tr("Configurar mi taller"))
        self.demo_shop = QRadioButton(
            self.tr("Cargar el taller de demostración (para conocer la aplicación)")
        )
        self.own_shop.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.own_shop)
        group.addButton(self.demo_shop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_shop)
        layout.addWidget(self.demo_shop)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1 if self.demo_shop.isChecked() else super().nextId()


class ShopPage(SkippablePage):
    def __init__(self) -> None:
        super().__init__(self.tr("Su taller"), self.tr("El nombre y la zona que atiende."))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Asistencia Vircom"))
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("Comunas o barrios donde hace visitas"))
        form = QFormLayout(self)
        form.addRow(self.tr("Nombre del taller:"), self.name)
        form.addRow(self.tr("Zona de atención:"), self.area)


def _time_edit(text: str) -> QTimeEdit:
    edit = QTimeEdit(QTime.fromString(text, "HH:mm"))
    edit.setDisplayFormat("HH:mm")
    return edit


class HoursPage(SkippablePage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Horario de atención"),
            self.tr("Los días y horas en que se hacen visitas, con la pausa de almuerzo."),
        )
        days = QHBoxLayout()
        self.days: list[QCheckBox] = []
        names = (
            self.tr("Lun"),
            self.tr("Mar"),
            self.tr("Mié"),
            self.tr("Jue"),
            self.tr("Vie"),
            self.tr("Sáb"),
            self.tr("Dom"),
        )
        for number, name in enumerate(names):
            box = QCheckBox(name)
            box.setChecked(number < 6)
            self.days.append(box)
            days.addWidget(box)
        self.opens = _time_edit("09:00")
        self.closes = _time_edit("18:00")
        self.lunch = QCheckBox(self.tr("Pausa de almuerzo"))
        self.lunch.setChecked(True)
        self.lunch_start = _time_edit("13:00")
        self.lunch_end = _time_edit("14:00")
        self.error = QLabel()
        self.error.setObjectName("error")
        lunch = QHBoxLayout()
        lunch.addWidget(self.lunch)
        lunch.addWidget(self.lunch_start)
        lunch.addWidget(QLabel(self.tr("a")))
        lunch.addWidget(self.lunch_end)
        lunch.addStretch(1)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Días:"), days)
        form.addRow(self.tr("Abre a las:"), self.opens)
        form.addRow(self.tr("Cierra a las:"), self.closes)
        form.addRow(lunch)
        form.addRow(self.error)
        self.lunch.toggled.connect(self.lunch_start.setEnabled)
        self.lunch.toggled.connect(self.lunch_end.setEnabled)
        for edit in (self.opens, self.closes, self.lunch_start, self.lunch_end):
            edit.timeChanged.connect(self.completeChanged)
        self.lunch.toggled.connect(self.completeChanged)

    def hours(self) -> HoursSetup:
        lunch = (
            (self.lunch_start.time().toString("HH:mm"), self.lunch_end.time().toString("HH:mm"))
            if self.lunch.isChecked()
            else None
        )
        return HoursSetup(
            weekdays=tuple(n for n, box in enumerate(self.days) if box.isChecked()),
            opens=self.opens.time().toString("HH:mm"),
            closes=self.closes.time().toString("HH:mm"),
            lunch=lunch,
        )

    def isComplete(self) -> bool:
        try:
            self.hours().ranges()
        except SetupError as error:
            self.error.setText(hours_error_text(error.code))
            return False
        self.error.setText("")
        return True


def hours_error_text(code: str) -> str:
    texts = {
        "closes_before_opening": QCoreApplication.translate(
            "first_run", "La hora de cierre debe ser posterior a la de apertura."
        ),
        "lunch_outside_hours": QCoreApplication.translate(
            "first_run", "La pausa de almuerzo debe quedar dentro del horario."
        ),
    }
    return texts.get(code, QCoreApplication.translate("first_run", "Revise las horas."))


class ServicesPage(SkippablePage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Servicios"),
            self.tr(
                "Lo que ofrece, con su duración y precio. Le dejamos los servicios habituales "
                "de un taller: ajústelos, agregue o quite los que quiera."
            ),
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Servicio"), self.tr("Duración (min)"), self.tr("Precio")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for service in USUAL_SERVICES:
            self.add_service(service)
        add = QPushButton(self.tr("Agregar servicio"))
        remove = QPushButton(self.tr("Quitar el seleccionado"))
        add.clicked.connect(lambda: self.add_service(ServiceSetup("", 60, 0)))
        remove.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_service(self, service: ServiceSetup) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(service.name))
        duration = QSpinBox()
        duration.setRange(5, 720)
        duration.setSingleStep(15)
        duration.setValue(service.duration_minutes)
        price = QSpinBox()
        price.setRange(0, 10_000_000)
        price.setSingleStep(1000)
        price.setGroupSeparatorShown(True)
        price.setValue(service.price)
        self.table.setCellWidget(row, 1, duration)
        self.table.setCellWidget(row, 2, price)

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def services(self) -> tuple[ServiceSetup, ...]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.text().strip() if item is not None else ""
            duration = self.table.cellWidget(row, 1)
            price = self.table.cellWidget(row, 2)
            if name and isinstance(duration, QSpinBox) and isinstance(price, QSpinBox):
                found.append(ServiceSetup(name, duration.value(), price.value()))
        return tuple(found)


class TechniciansPage(SkippablePage):
    """One row per technician; one checkable column per service (what each one does)."""

    def __init__(self, services_page: ServicesPage) -> None:
        super().__init__(
            self.tr("Técnicos"),
            self.tr("Quiénes hacen las visitas y qué servicios realiza cada uno."),
        )
        self._services_page = services_page
        self.table = QTableWidget(TECHNICIAN_ROWS, 1)
        self.table.verticalHeader().hide()
        add = QPushButton(self.tr("Agregar técnico"))
        add.clicked.connect(self._add_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(add)

    def initializePage(self) -> None:
        super().initializePage()
        names = [service.name for service in self._services_page.services()]
        self.table.setColumnCount(1 + len(names))
        self.table.setHorizontalHeaderItem(0, QTableWidgetItem(self.tr("Nombre")))
        for column, name in enumerate(names, start=1):
            # Wrapped over two or three lines, so six services fit beside the names.
            header = QTableWidgetItem(textwrap.fill(name, 13))
            header.setData(Qt.ItemDataRole.UserRole, name)
            self.table.setHorizontalHeaderItem(column, header)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.table.columnCount()):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row in range(self.table.rowCount()):
            self._fill_row(row)

    def _add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self._fill_row(self.table.rowCount() - 1)

    def _fill_row(self, row: int) -> None:
        if self.table.item(row, 0) is None:
            self.table.setItem(row, 0, QTableWidgetItem(""))
        for column in range(1, self.table.columnCount()):
            if self.table.item(row, column) is None:
                skill = QTableWidgetItem()
                skill.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                skill.setCheckState(Qt.CheckState.Checked)
                self.table.setItem(row, column, skill)

    def technicians(self) -> tuple[TechnicianSetup, ...]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.text().strip() if item is not None else ""
            if not name:
                continue
            skills = []
            for column in range(1, self.table.columnCount()):
                header = self.table.horizontalHeaderItem(column)
                cell = self.table.item(row, column)
                if header and cell and cell.checkState() == Qt.CheckState.Checked:
                    skills.append(str(header.data(Qt.ItemDataRole.UserRole)))
            found.append(TechnicianSetup(name, tuple(skills)))
        return tuple(found)


class OwnerPage(SkippablePage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Dueño del taller"),
            self.tr(
                "Su nombre y un PIN de 4 a 8 dígitos: lo pedimos para aprobar las visitas que "
                "propone VircomBot y para cambiar ajustes del taller."
            ),
        )
        self.name = QLineEdit()
        self.pin = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.pin, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(8)
            field.textChanged.connect(self.completeChanged)
        self.name.textChanged.connect(self.completeChanged)
        self.error = QLabel()
        self.error.setObjectName("error")
        form = QFormLayout(self)
        form.addRow(self.tr("Nombre:"), self.name)
        form.addRow(self.tr("PIN:"), self.pin)
        form.addRow(self.tr("Repita el PIN:"), self.repeat)
        form.addRow(self.error)

    def isComplete(self) -> bool:
        pin, repeat, name = self.pin.text(), self.repeat.text(), self.name.text().strip()
        problem = ""
        if pin and not (pin.isdigit() and 4 <= len(pin) <= 8):
            problem = self.tr("El PIN debe tener entre 4 y 8 dígitos.")
        elif pin != repeat:
            problem = self.tr("Los PIN no coinciden.")
        elif pin and not name:
            problem = self.tr("Indique el nombre del dueño.")
        self.error.setText(problem)
        return not problem


class OllamaPage(SkippablePage):
    """Where VircomBot's model runs, with a live check on a worker."""

    probed = Signal(object)  # OllamaProbe (tests wait on it)

    def __init__(self, settings: Settings) -> None:
        super().__init__(
            self.tr("VircomBot (Ollama)"),
            self.tr(
                "La dirección del servidor Ollama donde corre el modelo de VircomBot. "
                "Pulse «Probar» para comprobarlo."
            ),
        )
        self.url = QLineEdit(settings.ollama_url)
        self.model = QLineEdit(settings.ollama_model)
        self.test_button = QPushButton(self.tr("Probar"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self)
        form.addRow(self.tr("Dirección:"), self.url)
        form.addRow(self.tr("Modelo:"), self.model)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow(test_row)
        form.addRow(self.result)
        self.test_button.clicked.connect(self.test)

    def test(self) -> None:
        url, model = self.url.text().strip(), self.model.text().strip()
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Comprobando…"))
        Op(self, partial(probe_ollama, url, model)).on_success(self._show).on_failure(
            self._failed
        ).run()

    def _show(self, probe: OllamaProbe) -> None:
        self.test_button.setEnabled(True)
        texts = {
            "ok": self.tr(
                "Todo listo: Ollama responde y el modelo {model} puede usar herramientas."
            ),
            "unreachable": self.tr(
                "No hay respuesta en {url}. Revise que Ollama esté corriendo y la dirección."
            ),
            "model_missing": self.tr(
                "Ollama responde, pero falta el modelo. Descárguelo en ese equipo con: {command}"
            ),
            "no_tools": self.tr(
                "El modelo {model} no sabe usar herramientas; VircomBot necesita uno que sí "
                "(por ejemplo llama3.1)."
            ),
        }
        text = texts.get(probe.status, texts["unreachable"])
        self.result.setText(
            text.format(model=probe.model, url=probe.url, command=probe.pull_command)
        )
        self.result.setProperty("status", probe.status)
        self.probed.emit(probe)

    def _failed(self, error: Exception) -> None:
        log.info("Ollama probe failed: %s", error)
        self._show(OllamaProbe("unreachable", self.url.text().strip(), self.model.text().strip()))
