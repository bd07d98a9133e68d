"""Plain data and pure rules of the product: no I/O, no Qt, no SQLAlchemy."""
