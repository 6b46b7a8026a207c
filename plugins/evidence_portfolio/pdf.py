"""`portfolio pdf`: the accreditation pack as a PDF, through WeasyPrint (the optional extra `pdf`).

The pack is the same Markdown as the site's accreditation-pack page, turned into a standalone HTML document
with the print stylesheet, then into a PDF with a bookmark per challenge and per section. WeasyPrint may read
files of the project only: no other file, and nothing from the network.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import jinja2
import markdown

from .items import split_front_matter
from .problems import Problems
from .project import PAGE_URIS, Project, generated_uris
from .render import TEMPLATES, Renderer
from .urls import site_urls

EXTRA = "pip install 'evidence-portfolio[pdf]'"
_LINK = re.compile(r'<a href="(?P<href>[^"]*)"(?P<rest>[^>]*?)(?: data-print-url="(?P<url>[^"]*)")?(?P<end>[^>]*)>')


class PdfUnavailable(Exception):
    """WeasyPrint (or the system libraries it needs) is not installed."""


def _weasyprint():  # type: ignore[no-untyped-def]
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
        return f'<a{match["rest"]}{f" data-print-url={chr(34)}{url}{chr(34)}" if url else ""}{match["end"]}>'

    return _LINK.sub(link, html)


def pack_html(project: Project, *, site_name: str, site_url: str, use_directory_urls: bool) -> str:
    """The accreditation pack as a standalone HTML document."""
    assert project.portfolio is not None
    uris = [*project.pages, *project.files, *generated_uris(project.portfolio.framework)]
    renderer = Renderer(project, site_urls(uris, use_directory_urls), site_name=site_name, site_url=site_url)
    parts = split_front_matter(renderer.generated("print"), PAGE_URIS["print"], Problems())
    body = markdown.markdown(parts[1] if parts else "", extensions=["attr_list", "tables", "toc", "admonition"])
    stylesheets = [
        (TEMPLATES / "assets/portfolio" / name).read_text(encoding="utf-8") for name in ("portfolio.css", "pack.css")
    ]
    template = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True).get_template(
        "portfolio/pack_document.html"
    )
    return template.render(
        title=f"Accreditation pack: {site_name}", body=jinja2.utils.markupsafe.Markup(_paper_links(body)),
        stylesheets=[jinja2.utils.markupsafe.Markup(css) for css in stylesheets],
    )


def write_pdf(project: Project, output: Path, *, site_name: str, site_url: str, use_directory_urls: bool) -> None:
    weasyprint = _weasyprint()
    root = project.settings.docs_dir.resolve()

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

    html = pack_html(project, site_name=site_name, site_url=site_url, use_directory_urls=use_directory_urls)
    document = weasyprint.HTML(string=html, base_url=root.as_uri() + "/", url_fetcher=ProjectFetcher())
    document.write_pdf(output)
