"""`python -m vircom_desktop.ui.screenshots OUTDIR [NAME...]` (what `make screenshots` runs)."""

from vircom_desktop.ui.screenshots import main

raise SystemExit(main())
