"""Reading a project from disk: settings, files, front matter, items, links, the framework file."""
