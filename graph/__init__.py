"""The graph: the ontology read from schema/, the graph document, and the stores that hold it."""
