"""The domain's small shop serves the jobs' tests too."""

from tests.domain.conftest import NOW, Shop, database_url, shop

__all__ = ["NOW", "Shop", "database_url", "shop"]
