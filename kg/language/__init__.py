"""Article -> Event: the language stage.

``nlp`` loads the spaCy pipeline with kg's actor ruler; ``rules`` reads the trigger words and the
lexicon; ``gazetteer`` and ``resolve`` turn phrases into polities; ``parse_rules``, ``clauses``,
``modality`` and ``claims`` are the parse-based rules; ``candidates``, ``features`` and ``classifier`` are the
relation decision learnt from labelled text, ``learning`` trains it; ``extract`` puts both behind
one interface; ``gold`` reads the labelled stories and ``scoring`` scores extraction against them.
Nothing outside this package sees a ``Doc``.
"""
