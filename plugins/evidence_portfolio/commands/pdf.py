"""`portfolio pdf`: the accreditation pack as a PDF, through WeasyPrint (the optional extra `pdf`).

The pack is the same Markdown as the site's accreditation-pack page, turned into a standalone HTML document
with the print stylesheet, then into a PDF with a bookmark per challenge and per section. WeasyPrint may read
files of the project only: no other file, and nothing from the network.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from urllib.request import url2pathname

import markdown
from markupsafe import Markup

from ..model.problems import Problems
from ..reading.front_matter import split_front_matter
from ..site.assemble import Build
from ..site.markdown import markdown_extensions
from ..site.pages import page_uri
from ..site.render import assets

EXTRA = "pip install 'evidence-portfolio[pdf]'"
_LINK = re.compile(r'<a href="(?P<href>[^"]*)"(?P<rest>[^>]*?)(?: data-print-url="(?P<url>[^"]*)")?(?P<end>[^>]*)>')


class PdfUnavailable(Exception):
    """WeasyPrint (or the system libraries it needs) is not installed."""


def _weasyprint() -> Any:
    try:
        import weasyprint
    except ImportError:
        raise PdfUnavailable(f"making PDFs needs WeasyPrint, which is not installed: {EXTRA}") from None
    except OSError as exc:  # Pango missing: WeasyPrint cannot load its libraries
        raise PdfUnavailable(
            f"WeasyPrint cannot load the system libraries it needs ({exc}); on Debian or Ubuntu: "
            "apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core"
        ) from None
    return weasyprint


def _paper_links(html: str) -> str:
    """Links that work on paper: a full site address stays clickable; links into the site become plain text
    (their address is printed after them); links within the pack stay."""

    def link(match: re.Match[str]) -> str:
        url, href = match["url"], match["href"]
        if url and url.startswith(("http://", "https://")):
            return f'<a href="{url}"{match["rest"]} data-print-url="{url}"{match["end"]}>'
        if href.startswith("#"):
            return match[0]
        return f"<a{match['rest']}{f' data-print-url={chr(34)}{url}{chr(34)}' if url else ''}{match['end']}>"

    return _LINK.sub(link, html)


def pack_html(build: Build) -> str:
    """The accreditation pack as a standalone HTML document, its links sealed as the site's are."""
    uri = page_uri("print")
    parts = split_front_matter(build.markdown(uri), uri, Problems())
    names, configs, _ = markdown_extensions(build.settings)  # as the site renders it (less what copies in files)
    body = markdown.markdown(parts[1] if parts else "", extensions=names, extension_configs=configs)
    found = assets(build.settings.custom_dir)
    stylesheets = [found[name].read_text(encoding="utf-8") for name in ("portfolio.css", "pack.css")]
    return build.renderer.env.get_template("portfolio/pack_document.html").render(
        title=f"Accreditation pack: {build.settings.site_name}",
        body=Markup(_paper_links(build.seal(uri, body))),
        stylesheets=[Markup(css) for css in stylesheets],
    )


def write_pdf(build: Build, output: Path) -> None:
    weasyprint = _weasyprint()
    root = build.settings.docs_dir.resolve()

    class ProjectFetcher(weasyprint.urls.URLFetcher):  # type: ignore[misc,name-defined]
        """Files under evidence/ and data: URLs only."""

        def fetch(self, url: str, headers: object = None) -> object:
            parsed = urlparse(url)
            if parsed.scheme == "file":
                path = Path(url2pathname(parsed.path)).resolve()
                if not path.is_relative_to(root):
                    raise ValueError(f"{url} is outside evidence/")
            elif parsed.scheme != "data":
                raise ValueError(f"{url}: the pack loads nothing from other hosts")
            return super().fetch(url, headers)

    document = weasyprint.HTML(string=pack_html(build), base_url=root.as_uri() + "/", url_fetcher=ProjectFetcher())
    document.write_pdf(output)
