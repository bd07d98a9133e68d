"""Everything that touches the database. Nothing outside this package imports an
ORM model, opens a session or speaks SQL; callers get domain dataclasses back."""
