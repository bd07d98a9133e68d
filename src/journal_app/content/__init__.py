"""Reading the prompt packs, library and exercises in resources/ into domain objects."""
