"""`make bench`: the extraction, write and read benchmarks, each figure beside its baseline."""
