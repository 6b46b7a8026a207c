/* Evidence portfolio: Material's diagrams drawn with the site's own copy of mermaid.
 *
 * Material draws a page's diagrams (<pre class="mermaid">, from a `mermaid` fence or an item's raw HTML) with the
 * global `mermaid`, and when there is none it loads mermaid from unpkg.com: the published site would load a script
 * from another host. This stands in for `mermaid` until a page draws a diagram, then loads the copy vendored beside
 * this script (mermaid.min.js, mermaid 11.12.3, MIT: mermaid.LICENSE.txt), which replaces it. A page without a
 * diagram loads nothing more. A mermaid of the site's own (in extra_javascript) is left as it is.
 */
(function () {
  "use strict";
  if (typeof window.mermaid !== "undefined" && !(window.mermaid instanceof Element)) {
    return;
  }
  var source = document.currentScript.src.replace(/mermaid-loader\.js([?#].*)?$/, "mermaid.min.js");
  var settings = null;
  var loaded = null;

  function real() {
    loaded = loaded || new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = source;
      script.onload = function () {
        if (settings) {
          window.mermaid.initialize(settings);
        }
        resolve(window.mermaid);
      };
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return loaded;
  }

  window.mermaid = {
    initialize: function (given) {
      settings = given;
    },
    render: function (id, text) {
      return real().then(function (mermaid) {
        return mermaid.render(id, text);
      });
    }
  };
})();
