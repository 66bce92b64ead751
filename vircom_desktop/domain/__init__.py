"""The shop's domain: data model, availability engine and booking lifecycle. No Qt, no HTTP."""
