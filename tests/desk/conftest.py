"""The desk's service layer runs without Qt: the domain's small shop is enough."""

from tests.domain.conftest import NOW, Shop, database_url, shop

__all__ = ["NOW", "Shop", "database_url", "shop"]
