"""Conversaciones: the chat console where staff follow every channel and work with VircomBot."""

from vircom_desktop.ui.conversations.page import ConversationsPage

__all__ = ["ConversationsPage"]
