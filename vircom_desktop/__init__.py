"""Vircom Desk."""
