"""Evidence portfolio: a MkDocs plugin and a command that turn Markdown evidence into an accreditation portfolio."""
