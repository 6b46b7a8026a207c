"""The authors of Material's blog: the file it reads them from (`.authors.yml`), and the authors its posts name, as
the blog plugin judges them. It stops the build on an author without a name, a description or an avatar, and on a
post naming an author the file does not list, with no line and no fix (a hostile review: `portfolio check` passed
them)."""

from __future__ import annotations

from collections.abc import Mapping

from ..model.problems import Problems, suggest
from .companion_files import companion_data
from .fields import as_written, kind_of
from .pages import Page
from .settings import Blog, Settings
from .yaml_lines import LineList, LineMap

_REQUIRED = ("name", "description", "avatar")
"""What the blog needs of each author: their name, a line about them, and the address of their picture."""
AUTHORS_KEYS = (*_REQUIRED, "slug", "url")
"""What the blog reads of an author."""
_EXAMPLE = "name: Jo Bloggs, description: Active Partnership lead, avatar: blog/avatars/jo.png"


def check_blog_authors(settings: Settings, pages: Mapping[str, Page] | None = None) -> Problems:
    """The problems of each blog's authors file (where the blog reads authors), at their lines; with `pages`, of the
    authors its posts name that the file does not list. The blog reads the file as MkDocs reads the settings, before
    any page (a plugin's on_config: the plugin checks it then, without the pages), and a post's authors as it
    renders the post (not a draft it leaves out, nor an item's, which is told to leave the posts' folder)."""
    problems = Problems()
    for blog in settings.blogs:
        if not blog.reads_authors:
            continue
        named, exists = settings.display_uri(blog.authors_file), (settings.docs_dir / blog.authors_file).is_file()
        data = authors_file_read(settings, blog, problems)
        if data is not None:  # (else said by companion_data; or empty, as the blog takes it: no author)
            _check_file(named, data, problems)
        authors = authors_in(data)
        listed = sorted(author for author in authors if isinstance(author, str)) if authors is not None else []
        for uri, page in sorted((pages or {}).items()):
            if not blog.holds(uri) or page.item is not None or "authors" not in page.meta:
                continue
            if page.meta.get("draft") is True and settings.reads_draft(uri):
                continue
            _check_post(page, named, exists, listed, problems)
    return problems


def authors_file_read(settings: Settings, blog: Blog, problems: Problems | None = None) -> LineMap | None:
    """A blog's authors file read (None where it is no file: not there, a folder, a named pipe, which a read would
    wait on for ever, a hostile review; or cannot be read, which `problems` is told)."""
    if not (settings.docs_dir / blog.authors_file).is_file():
        return None
    return companion_data(settings, blog.authors_file, problems, empty=True)


def authors_in(data: LineMap | None) -> LineMap | None:
    """The authors a blog's authors file (read) lists, each id with their details; None where it lists none."""
    authors = data.get("authors") if data is not None else None
    return authors if isinstance(authors, LineMap) else None


def _check_post(page: Page, named: str, exists: bool, listed: list[str], problems: Problems) -> None:
    """The authors a post names that its blog's authors file (`named`, which `exists` or not) does not list."""
    written = page.meta.get("authors")
    line = page.meta.line_of("authors") + 2
    if not isinstance(written, LineList):
        problems.add(
            "blog-authors",
            page.path,
            line,
            (
                '"authors" is empty'
                if written is None
                else f'"authors" must be a list of the authors\' ids, not {kind_of(written)} ({as_written(written)})'
            )
            + ", and Material's blog stops the build on it; "
            + (
                "write the authors' ids (authors: [jo]), or remove the line"
                if written is None
                else f"write authors: [{as_written(written)}]"
            ),
        )
        return
    for index, author in enumerate(written):
        if not isinstance(author, str):  # (`7`, `null`: a review of the change, the blog's error named no line)
            problems.add(
                "blog-authors",
                page.path,
                written.line_at(index) + 2,
                'an entry of "authors" is empty, and Material\'s blog stops the build on it; remove it'
                if author is None
                else f"the author {as_written(author)} is {kind_of(author)}, not an author's id, and Material's blog "
                f'stops the build on it; write the id as it is in {named}, in quotes ("{as_written(author)}")',
            )
            continue
        if author in listed:
            continue
        where = f'list them in {named if exists else f"a new file, {named},"} under "authors:"'
        problems.add(
            "blog-authors",
            page.path,
            written.line_at(index) + 2,
            f'the author "{author}" is not listed in {named}{"" if exists else ", which does not exist"}, and '
            "Material's blog stops the build on a post naming one it does not know"
            + suggest(author, listed, "authors")
            + f"; correct the author's id here, or {where}, with their name, description and avatar ({_EXAMPLE})",
        )


def _check_file(named: str, data: LineMap, problems: Problems) -> None:
    """The problems of a blog's authors file, read, added to `problems`."""
    for key in data:
        if key != "authors":
            problems.add(
                "unknown-key",
                named,
                data.line_of(key) + 1,
                f'unknown key "{key}" in {named}, which Material\'s blog reads, and warns of; the file holds one key, '
                '"authors:", with each author under it',
            )
    if "authors" not in data:
        return
    authors = data.get("authors")
    if authors is None:  # (`authors:` alone, a review of valid portfolios: Material's "Required configuration")
        problems.add(
            "blog-authors",
            named,
            data.line_of("authors") + 1,
            f"\"authors\" in {named} is empty, and Material's blog stops the build on it; write each author's id under "
            f"it (jo:), and under that their name, description and avatar ({_EXAMPLE}), or remove the line",
        )
        return
    if not isinstance(authors, LineMap):
        problems.add(
            "blog-authors",
            named,
            data.line_of("authors") + 1,
            f'"authors" in {named} must be each author\'s id, with their details indented under it, not '
            f"{kind_of(authors)}, and Material's blog stops the build on it; write each author's id under it "
            f"(jo:), and under that their name, description and avatar ({_EXAMPLE})",
        )
        return
    for author, details in authors.items():
        line = authors.line_of(author) + 1
        if not isinstance(author, str):
            problems.add(
                "blog-authors",
                named,
                line,
                f"the author's id {as_written(author)} in {named} is {kind_of(author)}, not text, and Material's blog "
                f'stops the build on it; put it in quotes ("{as_written(author)}":), and in the posts that name it',
            )
            continue
        if not isinstance(details, LineMap):
            problems.add(
                "blog-authors",
                named,
                line,
                f'the author "{author}" in {named} is {kind_of(details)}, not their details, and Material\'s blog '
                f"stops the build on it; indent under it their {', '.join(_REQUIRED)} ({_EXAMPLE})",
            )
            continue
        missing = [key for key in _REQUIRED if key not in details]
        if missing:
            problems.add(
                "blog-authors",
                named,
                line,
                f'the author "{author}" in {named} has no {" and no ".join(missing)}, which Material\'s blog needs '
                f"of every author, and it stops the build; add {', '.join(f'{key}:' for key in missing)} under it "
                f"({_EXAMPLE})",
            )
        for key, value in details.items():
            if key not in AUTHORS_KEYS:
                problems.add(
                    "unknown-key",
                    named,
                    details.line_of(key) + 1,
                    f'unknown key "{key}" of the author "{author}" in {named}, which Material\'s blog warns of'
                    + suggest(key, AUTHORS_KEYS, "keys"),
                )
            elif value is not None and not isinstance(value, str):
                problems.add(
                    "blog-authors",
                    named,
                    details.line_of(key) + 1,
                    f'"{key}" of the author "{author}" in {named} must be text, not {kind_of(value)} '
                    f"({as_written(value)}), and Material's blog stops the build on it; put it in quotes",
                )
            elif value is None and key in _REQUIRED:
                problems.add(
                    "blog-authors",
                    named,
                    details.line_of(key) + 1,
                    f'"{key}" of the author "{author}" in {named} is empty, and Material\'s blog stops the build on '
                    "it; write it after the colon",
                )
