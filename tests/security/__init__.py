"""Hostile input tried from outside against a real `serve` process (issue 9)."""
