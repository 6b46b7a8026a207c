"""The site: generated pages, links, publication and exports."""
