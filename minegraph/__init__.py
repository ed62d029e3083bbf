"""minegraph's command line and the services it and the API share (loading reports)."""
