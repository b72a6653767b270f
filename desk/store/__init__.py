"""The encrypted local store: SQLCipher through SQLAlchemy, keys, migrations."""
