"""One extractor per kind of fact. Each is a pure function of a Context (one document,
its lexicon and one section) that returns plain values with evidence."""
