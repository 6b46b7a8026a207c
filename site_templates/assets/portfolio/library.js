/* Evidence portfolio: the filters of the evidence library.
 *
 * The library page lists every item of the build as <li data-item="ID"> with its facts in data-* attributes.
 * This script shows the (otherwise hidden) filter form, reads the filters from the URL query, shows only the
 * matching items and keeps the query up to date, so that a filtered view can be shared as a link:
 *
 *   ?type=case-study  ?partner=NAME  ?challenge=C&section=S  ?section=C/S  ?tag=T  ?year=2026  ?q=words  ?sort=title
 *
 * A key given twice means "any of these values" (but q, whose words must all appear); different keys must all
 * match; capitals and accents do not count (?partner=age+uk finds Age UK), unless a value is written exactly as an
 * item writes it ("Cafe Union" is not "Café Ünïon"). Each choice is a step of the history, which Back undoes.
 * Without JavaScript every item is shown. A library of many items lists only its newest in the page and names, in
 * data-source, the script that holds every item in short (window.portfolioLibrary, rows and shared tables; see
 * Renderer.library_data): this script loads it (a <script>, which works on a site opened from disk, where fetch() of
 * a file does not) and then lists the matching items from it, written as the page writes its own, every text
 * escaped. On every page it also names Material's search dialog for screen readers and lets the keyboard reach the
 * tables that scroll sideways. No dependencies, no build step.
 */
(function () {
  "use strict";

  /* The keys of the query, in the order they are written back into the URL. */
  var KEYS = ["challenge", "section", "type", "partner", "tag", "year", "q", "sort"];
  var FILTERS = ["challenge", "section", "type", "partner", "tag", "year"];
  var SORTS = ["date-desc", "date-asc", "title"];
  var DEFAULT_SORT = "date-desc";
  var CHUNK = 100;
  var BATCH = 500;

  function list(element, name) {
    try {
      var value = JSON.parse(element.getAttribute(name) || "[]");
      return Array.isArray(value) ? value.map(String) : [];
    } catch (error) {
      return [];
    }
  }

  var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;" };

  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (character) { return ESCAPES[character]; });
  }

  /* A list as the page writes it in an attribute: JSON as Jinja's tojson writes it. */
  function json(values) {
    return "[" + values.map(function (value) {
      return JSON.stringify(value).replace(/[^\x00-\x7f]|[<>&']/g, function (character) {
        return "\\u" + ("000" + character.charCodeAt(0).toString(16)).slice(-4);
      });
    }).join(", ") + "]";
  }

  /* The items the page lists, with the facts the filters read from their attributes. */
  function itemsOfPage(root) {
    return Array.prototype.slice.call(root.querySelectorAll("li[data-item]")).map(function (element, index) {
      return withKeys({
        element: element,
        index: index,
        facts: {
          type: element.getAttribute("data-type") || "",
          date: element.getAttribute("data-date") || "",
          title: element.getAttribute("data-title") || element.textContent.trim(),
          challenges: list(element, "data-challenges"),
          sections: list(element, "data-sections"),
          partners: list(element, "data-partners"),
          tags: list(element, "data-tags"),
          text: fold(element.getAttribute("data-text") || element.textContent),
        },
      });
    });
  }

  /* The items of the library's data, with the same facts. */
  function itemsOf(data) {
    function names(table, indexes) {
      return indexes.map(function (index) { return table[index]; });
    }
    return data.items.map(function (row, index) {
      var partners = names(data.partners, row[8]);
      var tags = names(data.tags, row[9]);
      return withKeys({
        row: row,
        index: index,
        facts: {
          type: data.types[row[1]][0],
          date: row[2],
          title: row[4],
          challenges: names(data.challenges, row[6]).map(function (entry) { return entry[0]; }),
          sections: names(data.targets, row[7]).map(function (entry) { return entry[0]; }),
          partners: partners,
          tags: tags,
          text: fold([row[0], row[4], row[10]].concat(partners, tags, row[11]).join(" ")),
        },
      });
    });
  }

  /* An item with the values the filters compare (item.keys), folded once: a filter written in other capitals or
     with other accents than the item (?partner=age+uk, ?tag=Older-Adults) still finds it. */
  function withKeys(item) {
    var facts = item.facts;
    item.keys = {
      type: fold(facts.type),
      challenges: facts.challenges.map(fold),
      sections: facts.sections.map(fold),
      partners: facts.partners.map(fold),
      tags: facts.tags.map(fold),
    };
    return item;
  }

  /* An item of the library's data as the page writes its own <li data-item> (library.html). */
  /* Each value as a link to the library filtered by it, as the page writes its own items' partners and tags
     (Links.filter_query: percent-encoded as Python's quote, which encodes ! ' ( ) * too). */
  function filterLinks(key, values) {
    return values.map(function (value) {
      var encoded = encodeURIComponent(value).replace(/[!'()*]/g, function (character) {
        return "%" + character.charCodeAt(0).toString(16).toUpperCase();
      });
      return '<a class="portfolio-library-link" href="?' + key + "=" + escape(encoded) + '">' + escape(value) + "</a>";
    }).join(", ");
  }

  function markup(data, item) {
    var row = item.row;
    var facts = item.facts;
    var labels = row[7].map(function (index) { return data.targets[index][1]; }); /* HTML, from the page's macro */
    var targets = labels.join(", ") + (row[14] >= 0 ? escape(data.challenges[row[14]][1]) : "");
    return '<li class="portfolio-library__item" role="listitem" data-item="' + escape(row[0]) + '" data-type="' +
      escape(facts.type) + '" data-date="' + escape(facts.date) + '" data-title="' + escape(facts.title) +
      '" data-challenges="' + escape(json(facts.challenges)) + '" data-sections="' + escape(json(facts.sections)) +
      '" data-partners="' + escape(json(facts.partners)) + '" data-tags="' + escape(json(facts.tags)) +
      '" data-text="' + escape(facts.text) + '">\n' +
      '<a href="' + escape(row[5]) + '" class="portfolio-library__title">' + escape(facts.title) + "</a>" +
      (data.badges[row[12]] || "") + "\n" +
      '<span class="portfolio-meta">' + escape(data.types[row[1]][1]) + ' · <time datetime="' + escape(facts.date) +
      '">' + escape(row[3]) + "</time></span>\n" +
      (row[13] ? '<strong class="portfolio-flag portfolio-flag--stale">Stale</strong>' : "") +
      '<br><span class="portfolio-meta">' + targets + "</span>\n" +
      (facts.partners.length ? '<br><span class="portfolio-meta">Partners: ' + filterLinks("partner", facts.partners) + "</span>" : "") +
      (facts.tags.length ? '<br><span class="portfolio-meta">Tags: ' + filterLinks("tag", facts.tags) + "</span>" : "") +
      (row[10] ? '<br><span class="portfolio-summary">' + escape(row[10]) + "</span>" : "") +
      "</li>\n";
  }

  /* Make the elements of the items that have none yet, in one pass of the HTML parser (each item's element is
     made once, then moved in and out of the list). */
  function makeElements(data, items) {
    var missing = items.filter(function (item) { return !item.element; });
    if (missing.length === 0) return;
    var template = document.createElement("template");
    template.innerHTML = missing.map(function (item) { return markup(data, item); }).join("");
    Array.prototype.slice.call(template.content.children).forEach(function (element, index) {
      missing[index].element = element;
    });
  }

  /* Make the elements of every item while the browser is idle, BATCH at a time, so that no later filter waits for
     them (a library opened filtered makes only the matching ones first). */
  function makeWhenIdle(data, items) {
    var later = window.requestIdleCallback || function (callback) { return setTimeout(callback, 50); };
    var start = 0;
    function next() {
      makeElements(data, items.slice(start, start + BATCH));
      start += BATCH;
      if (start < items.length) later(next);
    }
    later(next);
  }

  /* Text as `q` compares it: in small letters, without accents ("Köln" is found by koln, "cafe" by café). */
  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(text) {
    return fold(text).split(/\s+/).filter(Boolean);
  }

  function unique(values) {
    var seen = {};
    return values.filter(function (value) {
      if (value === "" || Object.prototype.hasOwnProperty.call(seen, value)) return false;
      seen[value] = true;
      return true;
    });
  }

  /* The state of the filters: {challenge: [...], ..., q: "words", sort: "date-desc"}. */
  function stateFromQuery(search) {
    var params = new URLSearchParams(search);
    var state = { q: (params.getAll("q").join(" ")).trim(), sort: params.get("sort") || DEFAULT_SORT };
    FILTERS.forEach(function (key) {
      state[key] = unique(params.getAll(key).map(function (value) { return value.trim(); }));
    });
    if (SORTS.indexOf(state.sort) < 0) state.sort = DEFAULT_SORT;
    return state;
  }

  /* The state with each value that names a filter's option by its label, as the page shows it, rather than by its
     value (?challenge=Partnerships%20and%20collaboration, ?type=Case%20study) read as that option's value. */
  function byLabel(state, controls) {
    FILTERS.forEach(function (key) {
      var select = controls[key];
      if (!select) return;
      var options = Array.prototype.slice.call(select.options);
      state[key] = unique(state[key].map(function (value) {
        if (options.some(function (option) { return fold(option.value) === fold(value); })) return value;
        var named = options.filter(function (option) { return option.value && fold(option.text) === fold(value); });
        return named.length === 1 ? named[0].value : value;
      }));
    });
    return state;
  }

  function queryFromState(state, search) {
    var params = new URLSearchParams();
    KEYS.forEach(function (key) {
      if (key === "q") {
        if (state.q) params.append("q", state.q);
      } else if (key === "sort") {
        if (state.sort && state.sort !== DEFAULT_SORT) params.append("sort", state.sort);
      } else {
        state[key].forEach(function (value) { params.append(key, value); });
      }
    });
    /* Keep any other parameter someone else put there. */
    new URLSearchParams(search).forEach(function (value, key) {
      if (KEYS.indexOf(key) < 0) params.append(key, value);
    });
    var query = params.toString();
    return query ? "?" + query : "";
  }

  /* The filters of `state` as the items' keys are compared with them (see withKeys). A value written as an item
     writes it (`known`, by key) is compared as written: "Cafe Union" is not "Café Ünïon", where both are partners;
     any other is folded, so that ?partner=age+uk finds Age UK. */
  function wanted(state, known) {
    var filters = { year: state.year, words: words(state.q) };
    ["type", "challenge", "section", "partner", "tag"].forEach(function (key) {
      filters[key] = state[key].map(function (value) {
        return known[key].has(value) ? { exact: value } : { folded: fold(value) };
      });
    });
    return filters;
  }

  /* The values the items write, by key of the filters. */
  function knownValues(items) {
    var known = { type: new Set(), challenge: new Set(), section: new Set(), partner: new Set(), tag: new Set() };
    items.forEach(function (item) {
      var facts = item.facts;
      known.type.add(facts.type);
      facts.challenges.forEach(function (value) { known.challenge.add(value); });
      facts.sections.forEach(function (value) { known.section.add(value); });
      facts.partners.forEach(function (value) { known.partner.add(value); });
      facts.tags.forEach(function (value) { known.tag.add(value); });
    });
    return known;
  }

  /* Whether one of an item's values (`written`, and `folded`, the same folded) is the filter's value. */
  function holds(written, folded, value) {
    return value.exact !== undefined ? written.indexOf(value.exact) >= 0 : folded.indexOf(value.folded) >= 0;
  }

  /* Whether an item matches the filters, as `wanted` gives them. */
  function matches(item, filters) {
    var keys = item.keys;
    var facts = item.facts;
    function any(values, test) {
      return values.length === 0 || values.some(test);
    }
    return (
      any(filters.type, function (value) { return holds([facts.type], [keys.type], value); }) &&
      any(filters.challenge, function (value) { return holds(facts.challenges, keys.challenges, value); }) &&
      any(filters.section, function (value) {
        if (value.exact !== undefined) return facts.sections.indexOf(value.exact) >= 0; /* ?section=people/plan */
        var section = value.folded;
        return keys.sections.some(function (target, index) {
          if (section.indexOf("/") >= 0) return target === section; /* as maps_to writes it, in other capitals */
          var slash = target.indexOf("/");
          if (slash < 0 || target.slice(slash + 1) !== section) return false;
          var written = facts.sections[index];
          var challenge = written.slice(0, written.indexOf("/"));
          return filters.challenge.length === 0 || filters.challenge.some(function (wanted) {
            return holds([challenge], [target.slice(0, slash)], wanted);
          });
        });
      }) &&
      any(filters.partner, function (value) { return holds(facts.partners, keys.partners, value); }) &&
      any(filters.tag, function (value) { return holds(facts.tags, keys.tags, value); }) &&
      any(filters.year, function (value) { return item.facts.date.slice(0, 4) === value; }) &&
      filters.words.every(function (word) { return item.facts.text.indexOf(word) >= 0; })
    );
  }

  /* One collator for every comparison (localeCompare with options makes one on each call). */
  var titles = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

  function compare(sort) {
    return function (a, b) {
      var order = 0;
      if (sort === "title") {
        order = titles.compare(a.facts.title, b.facts.title);
      } else if (a.facts.date !== b.facts.date) {
        order = a.facts.date < b.facts.date ? -1 : 1;
        if (sort === "date-desc") order = -order;
      } else {
        order = titles.compare(a.facts.title, b.facts.title);
      }
      return order || a.index - b.index;
    };
  }

  /* Set a <select> to the values of one key; a value it does not offer (or several values) gets an option of
     its own, marked data-temporary, so that the control says what the list shows. */
  function setSelect(select, values, fallback, label) {
    Array.prototype.slice.call(select.querySelectorAll("option[data-temporary]")).forEach(function (option) {
      option.remove();
    });
    if (values.length === 0) {
      select.value = fallback;
      return;
    }
    function offered(value) {  /* the option of that value as written, else one of it folded */
      var options = Array.prototype.filter.call(select.options, function (option) { return option.value !== ""; });
      return (
        options.find(function (option) { return option.value === value; }) ||
        options.find(function (option) { return fold(option.value) === fold(value); })
      );
    }
    if (values.length === 1 && offered(values[0])) {
      select.value = offered(values[0]).value;
      return;
    }
    var option = document.createElement("option");
    option.value = values.join("\n");
    option.setAttribute("data-temporary", "");
    option.setAttribute("data-values", JSON.stringify(values));
    option.textContent = values.map(function (value) {
      var known = offered(value);
      return known ? known.textContent : (label && label(value)) || value;
    }).join(" or ");
    select.appendChild(option);
    select.value = option.value;
  }

  function selectValues(select) {
    var option = select.options[select.selectedIndex];
    if (!option || option.value === "") return [];
    if (option.hasAttribute("data-values")) return list(option, "data-values");
    return [option.value];
  }

  /* Material's search dialog has no accessible name (axe: aria-dialog-name); give it its input's label. This is
     the one thing the script does on every page. */
  function nameSearchDialog() {
    var dialog = document.querySelector('.md-search[role="dialog"]');
    if (!dialog || dialog.hasAttribute("aria-label") || dialog.hasAttribute("aria-labelledby")) return;
    var input = dialog.querySelector(".md-search__input");
    dialog.setAttribute("aria-label", (input && input.getAttribute("aria-label")) || "Search");
  }

  /* Material wraps the tables of a page's own Markdown in a box that scrolls sideways on a narrow screen, but not
   * one a keyboard can reach (axe: scrollable-region-focusable): make each box that scrolls a focusable, named
   * region, as the portfolio's own tables are. */
  function reachTableBoxes() {
    var boxes = document.querySelectorAll(".md-typeset__scrollwrap");
    var named = {};
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.hasAttribute("aria-label")) named[box.getAttribute("aria-label")] = true;
    });
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.hasAttribute("tabindex") || box.scrollWidth <= box.clientWidth) return;
      /* Named after its table's caption, or the heading above it: two boxes of one name were one region twice to a
         screen reader (a review) */
      var caption = box.querySelector("caption");
      var about = caption ? caption.textContent : headingAbove(box);
      var name = "Table" + (about ? " under “" + about.replace(/[¶#]$/, "").trim() + "”" : "") + " (scrolls sideways)";
      for (var number = 2; named[name]; number++) name = name.replace(/( \d+)? \(scrolls sideways\)$/, " " + number + " (scrolls sideways)");
      named[name] = true;
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", name);
    });
  }

  function headingAbove(element) {
    for (var at = element; at && !(at.classList && at.classList.contains("md-content")); at = at.parentElement) {
      for (var before = at.previousElementSibling; before; before = before.previousElementSibling) {
        if (/^H[1-6]$/.test(before.tagName)) return before.textContent;
      }
    }
    return "";
  }

  /* Material opens its search for a `?q=` in any page's address, over the page. On the library, q is the library's
     own filter (SPEC 6): the search is closed again, and the address keeps its q, which Material takes out of it
     when its search closes. */
  function keepSearchClosed() {
    var address = location.href;
    var toggle = document.getElementById("__search");
    if (!toggle || !toggle.checked || !new URLSearchParams(location.search).has("q")) return;
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
    if (location.href !== address && window.history && history.replaceState) {
      history.replaceState(history.state, "", address);
    }
  }

  /* A long list is laid out only near the screen (content-visibility), each list of CHUNK items above it counted at
     an estimated height: on a reload, or Back from an item, the browser's own return to where the reader was
     landed among other items. The item at the reader's place is kept in the page's entry of the history instead,
     and the page returns to it. */
  function keepPlace(root) {
    history.scrollRestoration = "manual";
    var waiting = false;
    window.addEventListener("scroll", function () {
      if (waiting) return;
      waiting = true;
      setTimeout(function () { /* at most a few times a second: browsers refuse more history changes than that */
        waiting = false;
        if (!root.isConnected) return;
        var item = itemAtPlace(root);
        if (!item && window.scrollY > 0) return; /* between two items, or past the list: the place kept is kept */
        var place = item ? { item: item.getAttribute("data-item"), top: item.getBoundingClientRect().top } : null;
        history.replaceState(Object.assign({}, history.state, { portfolioPlace: place }), "", location.href);
      }, 300);
    }, { passive: true });
    returnToPlace(root);
  }

  /* The item at the reader's place: a third of the way down the screen, or just below or above it where that
     falls between two items. */
  function itemAtPlace(root) {
    if (window.scrollY === 0) return null;
    var box = root.getBoundingClientRect();
    var at = window.innerHeight * 0.3;
    for (var step = 0; step < 6; step += 1) {
      var y = at + (step % 2 ? -1 : 1) * Math.ceil(step / 2) * 16;
      var element = document.elementFromPoint(box.left + 24, y);
      var item = element && element.closest ? element.closest("li[data-item]") : null;
      if (item) return item;
    }
    return null;
  }

  /* The list holding the item is laid out in full while the page returns to it: counted at its estimated height, it
     was left out of the layout again once scrolled to (the browser judged it off the screen), and the page showed
     items 50 further on (an outside review). The place is set again for two frames, as the lists near it are laid
     out, and the item's link then has the focus, so that the keyboard goes on from it, not from the page's top. */
  function returnToPlace(root) {
    var place = history.state && history.state.portfolioPlace;
    var items = place ? root.querySelectorAll("li[data-item]") : [];
    var element = Array.prototype.find.call(items, function (item) { return item.getAttribute("data-item") === place.item; });
    if (!element) return;
    var list = element.parentNode;
    list.style.contentVisibility = "visible";
    var frames = 0;
    (function settle() {
      element.scrollIntoView({ block: "start" });
      window.scrollBy(0, element.getBoundingClientRect().top - place.top);
      if (++frames < 3) {
        requestAnimationFrame(settle);
        return;
      }
      list.style.contentVisibility = "";
      var link = element.querySelector("a");
      if (link && (!document.activeElement || document.activeElement === document.body)) link.focus({ preventScroll: true });
    })();
  }

  var resized = null;
  window.addEventListener("resize", function () {  /* a box that scrolls only once the window is narrower, or zoomed */
    clearTimeout(resized);
    resized = setTimeout(reachTableBoxes, 200);
  });

  function init() {
    nameSearchDialog();
    reachTableBoxes();
    var root = document.querySelector("[data-portfolio-library]");
    if (!root || root.portfolioStarted) return;
    root.portfolioStarted = true;
    keepSearchClosed();
    var source = root.getAttribute("data-source");
    if (!source) {
      start(root, null);
      return;
    }
    var script = document.createElement("script");
    script.src = source;
    script.onload = function () { start(root, window.portfolioLibrary || null); };
    script.onerror = function () { start(root, null); }; /* the page's own items, filtered */
    document.body.appendChild(script);
  }

  /* A key of the address that the library does not read, but that looks like one it does (?tags=, ?Type=), said
     below the count rather than ignored without a word (an outside review); any other (?utm_source=) is kept. */
  function sayUnread(root, count, search, controls) {
    var said = [];
    new URLSearchParams(search).forEach(function (value, key) {
      var lower = key.toLowerCase();
      var meant = KEYS.filter(function (known) { return known !== key && (known === lower || known + "s" === lower); })[0];
      if (meant && said.indexOf(key) < 0) said.push(key + " (its filter is " + meant + ")");
    });
    var none = unknownValues(byLabel(stateFromQuery(search), controls), controls);
    var note = root.querySelector("[data-unread]");
    if ((!said.length && !none.length) || !count) {
      if (note) note.remove();
      return;
    }
    if (!note) {
      note = document.createElement("p");
      note.className = "portfolio-meta";
      note.setAttribute("data-unread", "");
      count.parentNode.insertBefore(note, count.nextSibling);
    }
    note.textContent = [
      said.length ? "Not read from the address: " + said.join("; ") + "." : "",
      none.length ? "No item has " + none.join("; ") + "." : ""
    ].filter(Boolean).join(" ");
  }

  /* Each value of the address's filters that is none of its list's choices (?type=case-studies, a link typed by
     hand: "0 items" read as "there are none"), with the choice it most likely means (an assessor's review). */
  function unknownValues(state, controls) {
    var none = [];
    FILTERS.forEach(function (key) {
      var select = controls[key];
      if (!select) return;
      var options = Array.prototype.filter.call(select.options, function (option) {
        return option.value !== "" && !option.hasAttribute("data-temporary");
      });
      state[key].forEach(function (value) {
        var folded = fold(value);
        var slash = key === "section" ? folded.lastIndexOf("/") : -1;  /* partnerships/do: a challenge's section */
        var known = slash < 0
          ? named(select, folded) || (key === "section" && named(controls.challenge, folded))  /* a whole challenge */
          : named(select, folded.slice(slash + 1)) && named(controls.challenge, folded.slice(0, slash));
        if (known) return;
        var near = key === "year" ? null : nearest(folded, options);
        none.push(key + " \u201c" + value + "\u201d" + (near ? " (did you mean " + near.textContent.trim() + "?)" : ""));
      });
    });
    return none;
  }

  /* Whether `select` (if there is one) offers `folded` as a choice's value or words (not as the choice made for
     the address's values, setSelect's). */
  function named(select, folded) {
    return Boolean(select) && Array.prototype.some.call(select.options, function (option) {
      var offered = option.value !== "" && !option.hasAttribute("data-temporary");
      return offered && (fold(option.value) === folded || fold(option.textContent) === folded);
    });
  }

  /* The choice of `options` whose value or words are fewest letters away from `folded`, where few are. */
  function nearest(folded, options) {
    var best = null;
    var least = Math.max(2, Math.floor(folded.length * 0.3)) + 1;
    options.forEach(function (option) {
      [option.value, option.textContent.trim()].forEach(function (written) {
        var other = fold(written);
        var apart = distance(folded, other);
        // (not a value with none of the letters written: "c" meant "c++", not the one-letter tag "Ω", a review)
        if (apart < least && apart < Math.max(folded.length, other.length)) {
          least = apart;
          best = option;
        }
      });
    });
    return best;
  }

  /* How many letters one text must change, be given or lose to become the other (Levenshtein's distance). */
  function distance(one, other) {
    var row = [];
    for (var j = 0; j <= other.length; j++) row.push(j);
    for (var i = 1; i <= one.length; i++) {
      var diagonal = row[0];
      row[0] = i;
      for (var k = 1; k <= other.length; k++) {
        var above = row[k];
        row[k] = Math.min(row[k] + 1, row[k - 1] + 1, diagonal + (one[i - 1] === other[k - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[other.length];
  }

  /* The filters of the library `root`, over its own items or (with `data`) over every item of the data. */
  function start(root, data) {
    var form = root.querySelector("form");
    var container = root.querySelector("ul");
    var count = root.querySelector("[data-count]");
    var empty = root.querySelector("[data-empty]");
    var more = root.querySelector("[data-more]");
    if (data && more) more.hidden = true;
    root.querySelectorAll("[data-unfiltered]").forEach(function (note) { note.hidden = true; });
    var items = data ? itemsOf(data) : itemsOfPage(root);
    var known = knownValues(items);
    var template = container;
    var controls = {};
    if (form) {
      KEYS.forEach(function (key) { controls[key] = form.elements.namedItem(key); });
      form.hidden = false;
    }

    /* The state the list shows: the same state again draws nothing. The words box says it changed once more when it
       loses the focus, which a click on an item's link takes: a list drawn again under the pointer lost that click,
       so the first click on a result after typing words did nothing (an outside review). */
    var drawn = null;
    var sorted = null;
    function show(state, announce) {
      var key = JSON.stringify([state.sort, state.q].concat(FILTERS.map(function (name) { return state[name]; })));
      if (key === drawn) return;
      drawn = key;
      var resorted = sorted !== null && sorted !== state.sort;
      sorted = state.sort;
      var shown = 0;
      var filters = wanted(state, known);
      if (data) {
        var matching = items.filter(function (item) { return matches(item, filters); }).sort(compare(state.sort));
        shown = matching.length;
        makeElements(data, matching);
        /* New lists in place of the old ones, a list per CHUNK items, each laid out only when near the screen; one
           list to a screen reader, of all the items the count counts (an accessibility review: "list, 100 items"
           three times over) */
        var lists = document.createElement("div");
        lists.className = "portfolio-library__lists";
        lists.setAttribute("role", "list");
        for (var start = 0; start < matching.length; start += CHUNK) {
          var list = lists.appendChild(template.cloneNode(false));
          list.setAttribute("role", "none");
          matching.slice(start, start + CHUNK).forEach(function (item) { list.appendChild(item.element); });
        }
        container.parentNode.replaceChild(lists, container);
        container = lists;
      } else {
        items.slice().sort(compare(state.sort)).forEach(function (item) {
          var visible = matches(item, filters);
          item.element.hidden = !visible;
          if (visible) shown += 1;
          if (container) container.appendChild(item.element);
        });
      }
      var filtered = !!state.q || FILTERS.some(function (key) { return state[key].length > 0; });
      var noun = items.length === 1 ? "item" : "items";
      var said = filtered ? shown + " of " + items.length + " " + noun : items.length + " " + noun;
      // said again only when it changes: a live region rewritten on every key was read out on every key (a review);
      // a choice of a list that leaves it as it was (another order, other items as many) is said apart (another)
      if (count && count.textContent !== said) count.textContent = said;
      else if (announce) echo(resorted && controls.sort ? controls.sort.options[controls.sort.selectedIndex].text + ": " + said : said);
      if (empty) empty.hidden = shown > 0;
    }

    /* Said to a screen reader, in a live region of its own that shows nothing. */
    var told = root.querySelector("[data-said]");
    function echo(text) {
      if (!told) return;
      told.textContent = told.textContent === text ? text + "\u00a0" : text; /* the same words again are said again */
    }

    /* A section written as maps_to writes it ("partnerships/do") named as the controls name its two parts. */
    function sectionLabel(value) {
      var parts = value.split("/");
      function text(select, part) {
        var option = select && Array.prototype.find.call(select.options, function (o) { return o.value && fold(o.value) === fold(part); });
        return option ? option.textContent : null;
      }
      var challenge = parts.length === 2 ? text(controls.challenge, parts[0]) : null;
      var section = parts.length === 2 ? text(controls.section, parts[1]) : null;
      return challenge && section ? challenge + " \u203a " + section : null;
    }

    function setControls(state) {
      FILTERS.forEach(function (key) {
        if (controls[key]) setSelect(controls[key], state[key], "", key === "section" ? sectionLabel : null);
      });
      if (controls.q) controls.q.value = state.q;
      if (controls.sort) setSelect(controls.sort, [state.sort], DEFAULT_SORT);
    }

    function readControls() {
      var state = { q: controls.q ? controls.q.value.trim() : "", sort: DEFAULT_SORT };
      FILTERS.forEach(function (key) { state[key] = controls[key] ? selectValues(controls[key]) : []; });
      if (controls.sort && SORTS.indexOf(controls.sort.value) >= 0) state.sort = controls.sort.value;
      return state;
    }

    /* The list for the controls, and the address for the list: a choice of a list, clearing the filters, or
       starting to type in the words box is a step that Back undoes; each further letter typed is not. */
    var typing = false;
    function update(event) {
      var state = readControls();
      show(state, Boolean(event) && event.target !== controls.q);
      var words = Boolean(event) && event.target === controls.q;
      var query = queryFromState(state, location.search);
      if (query !== location.search && window.history && history.replaceState) {
        var address = location.pathname + query + location.hash;
        var step = event && (event.type === "reset" || (event.type === "change" && !words) || (words && !typing));
        if (step) history.pushState(null, "", address);
        else history.replaceState(history.state, "", address);
      }
      typing = words;
    }

    var state = byLabel(stateFromQuery(location.search), controls);
    setControls(state);
    show(state);
    var unread = root.querySelector("[data-unread]");
    sayUnread(root, count, location.search, controls);
    if (!unread && (unread = root.querySelector("[data-unread]"))) setTimeout(function () { echo(unread.textContent); }, 500);
    if (data) {
      makeWhenIdle(data, items);
      keepPlace(root);
    }
    window.addEventListener("popstate", function () {  /* Back, or Forward, to another filter of this page */
      if (!root.isConnected) return;
      typing = false;
      var state = byLabel(stateFromQuery(location.search), controls);
      setControls(state);
      show(state);
      sayUnread(root, count, location.search, controls);
      if (data) returnToPlace(root);
    });

    if (form) {
      form.addEventListener("change", update);
      form.addEventListener("input", function (event) {
        if (event.target === controls.q) update(event);
      });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        update();
      });
      form.addEventListener("reset", function (event) {
        event.preventDefault();
        setControls(stateFromQuery(""));
        update(event);
      });
    }
    root.setAttribute("data-portfolio-ready", "");
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    /* Material with navigation.instant: document$ emits on the first load and after each instant navigation. */
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
