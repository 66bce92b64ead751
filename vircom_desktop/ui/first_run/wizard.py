"""The first-run assistant: a short Spanish QWizard that sets up an empty shop.

Steps (ui/first_run/pages.py): the shop, its hours, its services (prefilled with a repair shop's
usual ones), the first technicians and what they do, the owner and their PIN, and Ollama with a
live "Probar". The first page offers the demo shop instead. Every step can be skipped ("Omitir
paso") and redone from Ajustes; what was filled goes to the core in one call
(`desk.first_run.finish`) on a worker, and the Ollama address to this desk's settings.json.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from vircom_desktop.config import Settings
from vircom_desktop.desk import first_run
from vircom_desktop.desk.first_run import FirstRunResult
from vircom_desktop.domain.first_run import FirstRunSetup
from vircom_desktop.ui.first_run.pages import (
    SKIP_BUTTON,
    HoursPage,
    OllamaPage,
    OwnerPage,
    ServicesPage,
    ShopPage,
    SkippablePage,
    TechniciansPage,
    WelcomePage,
)
from vircom_desktop.ui.tasks import Op

log = logging.getLogger("vircom.ui")


class FirstRunWizard(QWizard):
    """The assistant; `finished_setup(WizardResult)` once its result is stored."""

    finished_setup = Signal(object)
    failed = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Asistente de inicio"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(SKIP_BUTTON, self.tr("Omitir paso"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Siguiente >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Atrás"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Terminar"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cerrar"))
        self.welcome = WelcomePage()
        self.shop = ShopPage()
        self.hours = HoursPage()
        self.services = ServicesPage()
        self.technicians = TechniciansPage(self.services)
        self.owner = OwnerPage()
        self.ollama = OllamaPage(settings)
        for page in (
            self.welcome,
            self.shop,
            self.hours,
            self.services,
            self.technicians,
            self.owner,
            self.ollama,
        ):
            self.addPage(page)
        self.resize(760, 560)
        self.customButtonClicked.connect(self._skip)
        self.currentIdChanged.connect(self._update_skip_button)

    def _update_skip_button(self, _page_id: int) -> None:
        self.button(SKIP_BUTTON).setVisible(isinstance(self.currentPage(), SkippablePage))

    def _skip(self, which: int) -> None:
        page = self.currentPage()
        if which != SKIP_BUTTON.value or not isinstance(page, SkippablePage):
            return
        page.skipped = True
        if self.nextId() == -1:
            self.accept()
        else:
            self.next()

    def collected(self) -> FirstRunSetup | None:
        """The setup from the pages not skipped; None when the demo shop was chosen."""
        if self.welcome.demo_shop.isChecked():
            return None
        shop, hours = self.shop, self.hours
        owner = self.owner
        return FirstRunSetup(
            shop_name=None if shop.skipped else shop.name.text(),
            area="" if shop.skipped else shop.area.text(),
            hours=None if hours.skipped or not hours.isComplete() else hours.hours(),
            services=() if self.services.skipped else self.services.services(),
            technicians=() if self.technicians.skipped else self.technicians.technicians(),
            owner_name="" if owner.skipped or not owner.isComplete() else owner.name.text(),
            owner_pin="" if owner.skipped or not owner.isComplete() else owner.pin.text(),
        )

    def ollama_settings(self) -> dict[str, str]:
        if self.welcome.demo_shop.isChecked() or self.ollama.skipped:
            return {}
        url, model = self.ollama.url.text().strip(), self.ollama.model.text().strip()
        changed = {}
        if url and url != self.settings.ollama_url:
            changed["ollama_url"] = url
        if model and model != self.settings.ollama_model:
            changed["ollama_model"] = model
        return changed

    def accept(self) -> None:
        """Store the result on a worker; the wizard closes once it is stored."""
        job = partial(
            first_run.finish, self.collected(), self.settings.data_dir, self.ollama_settings()
        )
        Op(self, job).on_success(self._stored).on_failure(self._store_failed).run()

    def reject(self) -> None:
        """Closing the assistant counts as skipping the rest: it will not open by itself again."""
        Op(self, first_run.mark_done).on_failure(self._store_failed).run()
        super().reject()

    def _stored(self, result: FirstRunResult) -> None:
        self.finished_setup.emit(result)
        super().accept()

    def _store_failed(self, error: Exception) -> None:
        log.error("the first-run assistant could not store its result: %s", error)
        message = self.tr(
            "No se pudo guardar la configuración. Revise los datos e intente de nuevo."
        )
        self.failed.emit(message)
        if self.isVisible():
            QMessageBox.warning(self, self.windowTitle(), message)
