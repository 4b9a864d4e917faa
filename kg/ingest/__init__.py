"""Files -> Article: the ingest stage.

``readers`` reads each input format (text, HTML, JSON lines, CSV, Parquet, WARC through ``warc``)
into :class:`kg.model.Article`; ``cleaning`` and ``boilerplate`` strip page furniture and mend the
text; ``counting`` counts articles ahead of a run for its progress bar; ``dedup`` finds wire copies.
"""
