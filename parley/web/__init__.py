"""Web dashboard and HTML report."""
