"""Helpers the web tests import by this unique module name (``conftest`` is not unique)."""


def csrf_of(client) -> str:
    """The CSRF token of the client's session (the cookie is kept by the client)."""
    return client.get("/api/session").json()["csrf_token"]
