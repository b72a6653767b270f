"""The Matrix connector (client-server API through matrix-nio's HTTP client).

`events` turns server answers into typed values (pure), `wire` builds what desk
sends (pure), `transport` does the HTTP, `connector` puts them together.
"""

from desk.connectors.matrix.connector import (
    Credentials,
    MatrixConnector,
    MatrixSettings,
    login,
    logout,
)

__all__ = ["Credentials", "MatrixConnector", "MatrixSettings", "login", "logout"]
