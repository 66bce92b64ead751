"""The jobs run on the test shop (tests/fakes/shop.py), as the domain's tests build it."""

from tests.domain.conftest import NOW, Shop, database_url, shop

__all__ = ["NOW", "Shop", "database_url", "shop"]
