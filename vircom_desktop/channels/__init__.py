"""The embedded HTTP listener and the channels customers write on. No Qt."""
