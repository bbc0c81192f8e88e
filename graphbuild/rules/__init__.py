"""The extraction rules, one module per rule of graphbuild/extract.py's docstring, each a
function over a parsed token that hands Claims to the Extractor's output stage."""
