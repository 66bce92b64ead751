"""The desk's service layer: what the screens in `ui/` read and ask for, with no Qt here.

Each function runs on a worker (`ui.tasks.Op`), returns frozen values (never a database row)
and raises the domain's coded errors; the rules themselves stay in `domain/`. The staff API,
`serve` and the agent's tools call the same domain functions these call.
"""
