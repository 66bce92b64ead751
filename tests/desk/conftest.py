"""The desk's service layer runs without Qt on the test shop (tests/fakes/shop.py)."""

from tests.domain.conftest import NOW, Shop, database_url, shop

__all__ = ["NOW", "Shop", "database_url", "shop"]
