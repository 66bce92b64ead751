"""Fakes of the outside world (Ollama...) shared by every test area."""
