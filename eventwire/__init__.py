"""eventwire: political event data (CAMEO, PLOVER) and a knowledge graph from your own news."""
__version__ = "0.1.0"
