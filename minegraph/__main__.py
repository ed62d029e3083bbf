from minegraph.cli import app

app()
