"""Background jobs (APScheduler). No Qt."""
