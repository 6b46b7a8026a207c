"""`portfolio pack`: one file to hand to the assessor, which works with no network and no server.

    portfolio pack [DIR] [--audience accreditor] [-o FILE.zip]

writes a zip holding one folder:

    README.txt                what is inside, for whom, as of which day, and how to open it
    site/                     the site built for the audience, to open from disk (site/index.html): Material's
                              offline plugin (no directory URLs, the search index as a script) with the
                              iframe-worker shim it needs vendored in the package, so that search works over file://
                              and no request leaves the folder (without 404.html, which only a server shows)
    accreditation-pack.pdf    the accreditation pack as a PDF (commands/pdf.py)
    portfolio.json            the portfolio's data, and evidence.csv, its items as a table (copies of the site's)
    evidence.csv

The site is built by MkDocs in this process, from the project's own mkdocs.yml, for the audience chosen (the plugin
decides what it holds, as for every build). A portfolio with errors is refused, as by `portfolio pdf`.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import logging
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..model.urls import from_another_host
from ..model.vocabulary import ASSESSOR, Audience
from ..reading.settings import ENVIRONMENT_AUDIENCE, PLUGIN, Settings
from ..site.assemble import Build
from ..site.pages import EXPORTS, PACK_PDF, SERVERS_FILES, offline_polyfills
from .errors import OUTPUT_FOLDER, UsageError, add_audience_option, add_project_argument, output_folder

MATERIAL_FAVICON = "assets/images/favicon.png"
"""Material's own icon, which a favicon from another host gives way to in the copy."""
SITE_FOLDER = "site"


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options of `portfolio pack`."""
    parser.description = (
        "Build the site for an audience so that it works opened from disk (search included, nothing loaded from "
        "elsewhere), with the accreditation pack as a PDF, portfolio.json and evidence.csv, into one zip to hand "
        "over."
    )
    add_project_argument(parser)
    add_audience_option(
        parser,
        help=f"whose pack: it holds what this audience may see, and nothing else (default: {ASSESSOR}, or public "
        "when PORTFOLIO_AUDIENCE says so)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.zip",
        help=f"the zip to write (default: {OUTPUT_FOLDER}/portfolio-pack-AUDIENCE-DATE.zip in the project)",
    )


def default_output(settings: Settings) -> Path:
    return settings.root / OUTPUT_FOLDER / f"portfolio-pack-{settings.audience}-{settings.as_of.isoformat()}.zip"


def write_pack(build: Build, output: Path, *, given: bool) -> Path:
    """Build the offline site and the PDF for the build's audience, and zip them with the exports and a README;
    `given`: the user named `output` (output_folder)."""
    from .pdf import write_pdf  # WeasyPrint: only when a PDF is made

    settings = build.settings
    output_folder(output, build.settings, "portfolio-pack.zip", given=given)
    top = output.stem
    with tempfile.TemporaryDirectory(prefix="portfolio-pack-") as scratch:
        folder = Path(scratch) / top
        site = folder / SITE_FOLDER
        build_offline_site(settings, site)
        write_pdf(build, folder / PACK_PDF)
        for name in EXPORTS:
            shutil.copyfile(site / name, folder / name)
        (folder / "README.txt").write_text(readme(build), encoding="utf-8")
        partial = output.with_name(output.name + ".partial")
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(folder.rglob("*")):
                    if path.is_file():
                        archive.write(path, path.relative_to(folder.parent).as_posix())
            partial.replace(output)  # never a half-written pack under the name that is handed over
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UsageError(f"{output} cannot be written ({exc.strerror})") from None
    return output


EMAIL_LIMIT_MB = 20
"""About the largest attachment most email takes (Gmail and Outlook: 20 to 25 MB)."""


def size_note(pack: Path) -> str | None:
    """A note when the pack is more than most email takes, naming its largest files (an item's video, say): the
    organisation may send it otherwise, or leave those files out of the assessor's audience."""
    megabytes = pack.stat().st_size / 1_000_000
    if megabytes <= EMAIL_LIMIT_MB:
        return None
    with zipfile.ZipFile(pack) as archive:
        files = sorted(archive.infolist(), key=lambda info: info.compress_size, reverse=True)
    largest = ", ".join(f"{info.filename} ({_size(info.compress_size)})" for info in files[:3])
    return (
        f"the pack is {megabytes:.0f} MB, more than most email takes (about {EMAIL_LIMIT_MB} MB): share it through "
        f"your organisation's file sharing, or make its largest files smaller; the largest: {largest}"
    )


def _size(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB" if size >= 1_000_000 else f"{max(1, round(size / 1000))} KB"


def build_offline_site(settings: Settings, site_dir: Path) -> None:
    """The site for `settings.audience`, built by MkDocs from the project's mkdocs.yml as Material's offline plugin
    builds it, with the shim it would fetch taken from the site itself."""
    from material.plugins.offline.plugin import OfflinePlugin
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from ..plugin import PortfolioPlugin

    with _audience(settings.audience), _quiet_mkdocs():
        try:
            config = load_config(str(settings.config_file), site_dir=str(site_dir), use_directory_urls=False)
            config.theme["font"] = False  # the copy loads nothing from elsewhere: Material's fonts come from Google
            ours = [p for p in config.plugins.values() if isinstance(p, PortfolioPlugin) and p.config.enabled]
            for plugin in ours:  # a copy for disk of the site, whose pages' HTML was written for its addresses
                plugin.offline_copy_of = settings
            if not ours:
                where = settings.display(settings.config_file) if settings.config_file else "mkdocs.yml"
                raise UsageError(
                    f"{where} does not turn the portfolio plugin on: MkDocs alone would put every file of evidence/ "
                    f"in the pack, whatever its visibility; add the plugin (or remove enabled: false) to make a pack"
                )
            polyfills = offline_polyfills(config.extra.get("polyfills", []))
            config.extra["polyfills"] = [script for script in polyfills if not from_another_host(str(script))]
            for key in ("extra_css", "extra_javascript"):  # what mkdocs.yml loads from elsewhere (a warning of check)
                config[key] = [file for file in config[key] if not from_another_host(str(getattr(file, "path", file)))]
            config.extra.pop("analytics", None)  # nothing of the copy is sent anywhere
            config.repo_url = None  # Material asks the repository's host for its stars and forks
            # and, without it, made its "edit this page" button a link to nowhere on the disk, MkDocs warning of it on
            # every page (an assessor's review): the repository is the organisation's, not the assessor's
            config.edit_uri = config.edit_uri_template = None
            # Nor does a page of the copy name an address on the public site as its own (a canonical link, and the
            # sitemap's list): those of pages withheld from the public are there on no site (an outside review).
            config.site_url = None
            for key, own in (("logo", None), ("favicon", MATERIAL_FAVICON)):  # (a favicon of None was "None")
                if isinstance(config.theme.get(key), str) and from_another_host(config.theme[key]):
                    config.theme[key] = own
            if not any(isinstance(plugin, OfflinePlugin) for plugin in config.plugins.values()):
                offline = OfflinePlugin()
                offline.load_config({})
                config.plugins["material/offline"] = offline
            try:
                build(config)
            finally:  # MkDocs keeps the plugin for the process's next build (it has on_startup, for serve)
                for plugin in ours:
                    plugin.offline_copy_of = None
            for name in SERVERS_FILES:
                (site_dir / name).unlink(missing_ok=True)
        except (MkDocsException, SystemExit) as exc:
            raise UsageError(f"the site could not be built for the pack: {exc}") from None


@contextlib.contextmanager
def _audience(audience: Audience) -> Iterator[None]:
    """PORTFOLIO_AUDIENCE set to `audience` while the site is built (it wins over mkdocs.yml), then as it was."""
    previous = os.environ.get(ENVIRONMENT_AUDIENCE)
    os.environ[ENVIRONMENT_AUDIENCE] = audience
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(ENVIRONMENT_AUDIENCE, None)
        else:
            os.environ[ENVIRONMENT_AUDIENCE] = previous


@contextlib.contextmanager
def _quiet_mkdocs() -> Iterator[None]:
    """MkDocs' progress messages kept out of the command's output, and the portfolio's own warnings too (the pack is
    made of a portfolio without errors; `portfolio check` lists its warnings, as PATH:LINE lines); MkDocs' and other
    plugins' warnings still shown."""
    loggers = {
        logging.getLogger("mkdocs"): logging.WARNING,
        logging.getLogger(f"mkdocs.plugins.{PLUGIN}"): logging.ERROR,
    }
    levels = {logger: logger.level for logger in loggers}
    for logger, level in loggers.items():
        logger.setLevel(level)
    try:
        yield
    finally:
        for logger, level in levels.items():
            logger.setLevel(level)


def readme(build: Build) -> str:
    """README.txt: what the pack holds, for whom, and how to open it."""
    settings = build.settings
    portfolio = build.portfolio
    assert portfolio is not None, "a pack is made of a build without errors"
    audience = settings.audience
    made = datetime.date.today().isoformat()
    sharing = {
        "public": "It holds public items only.",
        "accreditor": "It holds items written for the assessor: keep it to yourself, do not publish it.",
        "internal": "It holds every item, internal ones included: it is for the organisation's staff only.",
    }[audience]
    inside = {
        f"{SITE_FOLDER}/index.html": (
            "the portfolio's website: open this file in a web browser. It works with",
            "no network: navigation, the evidence library and its filters, tags and search.",
        ),
        PACK_PDF: (
            "the accreditation pack, to read or print: the summary, every challenge and",
            "section, and the text of the evidence.",
        ),
        "portfolio.json": ("the portfolio's data: coverage, ratings and every item (for tools).",),
        "evidence.csv": (
            "the items as a table, to open in a spreadsheet. It is UTF-8 text: in Excel,",
            "open it with Data > From Text/CSV, so that letters such as £ and é read right.",
        ),
    }
    width = max(map(len, inside)) + 3
    listed = "".join(
        f"  {(name if index == 0 else '').ljust(width)}{line}\n"
        for name, lines in inside.items()
        for index, line in enumerate(lines)
    )
    return (
        f"{settings.site_name}\n"
        f"Evidence portfolio pack for the {audience} audience, as of {settings.as_of.isoformat()} (made {made}).\n"
        f"{len(portfolio.items)} items, assessed against {portfolio.framework.title}. {sharing}\n"
        "\n"
        "What is inside\n"
        f"{listed}"
        "\n"
        "Unzip the whole folder before opening it: the website's pages refer to each other and to the files beside\n"
        "them.\n"
    )
