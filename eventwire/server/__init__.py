"""eventwire's web server: the REST API and the dashboard over one database (``create_app``)."""
from .app import create_app

__all__ = ["create_app"]
