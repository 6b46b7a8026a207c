"""The model: framework, item types, items, problems and their codes. No reading, no MkDocs."""
