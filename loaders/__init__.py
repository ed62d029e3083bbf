"""Reports in, graph documents out: read → nlp → mentions → types → resolve → dates →
relations/events → writer (see pipeline.py for the order)."""
