"""One customer's data rights from Clientes: export, erase (after a preview), «no contactar».

The rules — what an export holds, what erasure keeps, when it is refused — are
`domain.privacy`'s and `domain.opt_out`'s; `privacy export/erase` on the command line uses the
same ones by phone.
"""

from __future__ import annotations

from pathlib import Path

from vircom_desktop.domain import privacy
from vircom_desktop.domain.opt_out import set_do_not_contact
from vircom_desktop.domain.privacy import ErasureCounts, PrivacyError

__all__ = [
    "ErasureCounts",
    "PrivacyError",
    "erase_customer",
    "erasure_preview",
    "export_customer",
    "set_do_not_contact",
]


def export_customer(customer_id: int, path: Path) -> Path:
    """Write the customer's export to `path` (private to the desk's user); returns the path."""
    return privacy.write_export(privacy.export(privacy.find_by_customer(customer_id)), path)


def erasure_preview(customer_id: int) -> ErasureCounts:
    """What erasing this customer would remove; PrivacyError when it is refused."""
    return privacy.preview_erasure(privacy.find_by_customer(customer_id))


def erase_customer(customer_id: int, *, actor: str) -> ErasureCounts:
    """Erase this customer's personal data (visits stay as anonymous records)."""
    return privacy.erase(privacy.find_by_customer(customer_id), actor=actor)
