"""`portfolio pdf`: the accreditation pack as a PDF, through WeasyPrint (the optional extra `pdf`).

The pack is one HTML document (site/paper.py): the site's accreditation-pack page, the improvement plan, the plain
pages and an appendix with the full text of every item, each link given a place on paper. WeasyPrint makes it a
tagged PDF with a bookmark per challenge, section, plain page and item, and may read the document's own images and
attachments only: no other file, and nothing from the network.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlparse
from urllib.request import url2pathname

from ..site.assemble import Build
from ..site.own_outputs import pdf_identifier
from ..site.paper import paper_document
from .errors import UsageError

EXTRA = "pip install 'evidence-portfolio[pdf]'"
NOWHERE = "https://paper.invalid/"
"""The document's base URL (a reserved name, RFC 2606)."""


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
            "apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core "
            "fonts-noto-color-emoji"
        ) from None
    return weasyprint


def write_pdf(build: Build, output: Path) -> None:
    """The accreditation pack as a tagged PDF (PDF/UA-1) with its title, language, date and bookmarks, the images
    and attachments of its items embedded; it loads those files and nothing else."""
    weasyprint = _weasyprint()
    document = paper_document(build)
    typed = build.typed_problems()
    if typed:  # a page would show a withheld address as typed text: no PDF, as no build, holds it
        raise UsageError("\n".join(map(str, typed)))
    allowed = document.files

    class PackFetcher(weasyprint.urls.URLFetcher):  # type: ignore[misc,name-defined]
        """The document's own files (images, attachments) and data: URLs only."""

        def fetch(self, url: str, headers: object = None) -> object:
            parsed = urlparse(url)
            if parsed.scheme == "file":
                if Path(url2pathname(parsed.path)).resolve() not in allowed:
                    raise ValueError(f"{url} is not a file of the pack")
            elif parsed.scheme != "data":
                raise ValueError(f"{url}: the pack loads nothing from other hosts")
            return super().fetch(url, headers)

    # The files the document may load are written as absolute file: URLs. A relative URL that paper.py did not place
    # (CSS url(), <link>, <object>...) was judged by the seal against its page's address on the site, not against
    # evidence/ on disk: it resolves against a host that does not exist, and loads nothing.
    pdf = weasyprint.HTML(string=document.html, base_url=NOWHERE, url_fetcher=PackFetcher())
    options = {
        "pdf_variant": "pdf/ua-1",
        "pdf_tags": True,
        "pdf_identifier": pdf_identifier(build.settings.audience),
        "presentational_hints": True,  # an image's width written in HTML (<img width>), as a browser reads it
    }
    with warnings.catch_warnings():
        # A photo of 90 to 179 million pixels is embedded whole, but Pillow warned of it on the terminal as a
        # "decompression bomb DOS attack" (a careless contributor's review); above that, `portfolio check` names it
        # (file-content) and the pack shows its description.
        warnings.filterwarnings("ignore", category=_decompression_bomb())
        rendered = pdf.render(**options)
        leads = {weasyprint.urls.iri_to_uri(url) for url in document.links}
        for page in rendered.pages:  # only the links paper.py placed: CSS may make a link of any element's attribute
            page.links = [link for link in page.links if link[0] != "external" or link[1] in leads]
        rendered.write_pdf(output, finisher=_described(dict(document.attachments)), **options)


def _described(descriptions: dict[str, str]) -> Any:
    """A finisher giving each embedded file its description (which item attaches it) and its annotation the same
    words: WeasyPrint writes an empty one for a link's file, and two files of one name could not be told apart."""
    import pydyf  # type: ignore[import-untyped]  # (WeasyPrint's, which writes the PDF)

    def finish(_document: object, pdf: Any) -> None:
        described: dict[bytes, Any] = {}  # by the reference an annotation names its file by
        for found in pdf.objects:
            if isinstance(found, pydyf.Dictionary) and found.get("Type") == "/Filespec":
                name = found.get("UF")
                description = descriptions.get(name.string if isinstance(name, pydyf.String) else "")
                if description:
                    found["Desc"] = pydyf.String(description)
                    described[found.reference] = found["Desc"]
        for found in pdf.objects:
            attachment = isinstance(found, pydyf.Dictionary) and found.get("Subtype") == "/FileAttachment"
            if attachment and found.get("FS") in described:
                found["Contents"] = described[found["FS"]]

    return finish


def _decompression_bomb() -> type[Warning]:
    """Pillow's warning of a picture of many pixels (WeasyPrint reads pictures with Pillow, which it requires)."""
    from PIL import Image

    return cast(type[Warning], Image.DecompressionBombWarning)
