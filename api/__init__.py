"""The HTTP API: `create_app` in api/app.py, one router per resource in api/routers/."""
