"""Article -> Event: the language stage.

``nlp`` loads the spaCy pipeline with kg's actor ruler; ``gazetteer`` and ``resolve`` turn
phrases into polities; ``extract``, ``clauses`` and ``claims`` are the parse-based rules;
``candidates``, ``features`` and ``classifier`` are the relation decision learnt from labelled
text; ``gold`` reads the labelled VOA stories. Nothing outside this package sees a ``Doc``.
"""
