"""Reading a short made-up text through the pipeline, and finding what it found."""
from loaders.read import report_from_text


def context(ex, text, published, language="en"):
    # One-line snippets are too short to detect a language from reliably: the tests say it.
    return ex.context(report_from_text(text, {"published": published, "language": language}))


def entity(c, name):
    return next(e for e in c.entities.values() if e.name == name or name in e.aliases)


def facts(c, kind):
    """The (start name, end name) pairs of the facts of one type."""
    return {(c.entities[f.start].name, c.entities[f.end].name) for f in c.facts if f.type == kind}


def stated(ex, text, kind, published="2024-01-10"):
    """The (start name, end name) pairs, lower-cased, of the facts of one type a made-up text states."""
    return {(h.lower(), t.lower()) for h, t in facts(context(ex, text, published), kind)}
