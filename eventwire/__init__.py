"""eventwire: political event data (CAMEO, PLOVER) and a knowledge graph from your own news."""
__version__ = "0.1.0"
# The version stored with every coded article and event: `eventwire recode` replaces the events
# of articles coded by another version. Raise it whenever the coder's output changes.
CODER_VERSION = f"{__version__}+coder.1"
