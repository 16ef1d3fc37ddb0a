// The language switch keeps the reader's place: when the section being read also exists in the
// other language, the link leads to it. Without JavaScript the link still leads to the page.
(function () {
  "use strict";

  function currentSection() {
    var headings = document.querySelectorAll("main h2[id], main h3[id]");
    var current = null;
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].getBoundingClientRect().top <= 96) {
        current = headings[i].id;
      } else {
        break;
      }
    }
    if (!current && location.hash.length > 1) {
      current = decodeURIComponent(location.hash.slice(1));
    }
    return current;
  }

  function updateLink(link) {
    var sections = (link.getAttribute("data-sections") || "").split(" ").filter(Boolean);
    var base = link.getAttribute("href").split("#")[0];
    var section = currentSection();
    link.setAttribute("href", section && sections.indexOf(section) >= 0 ? base + "#" + encodeURIComponent(section) : base);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var links = document.querySelectorAll(".language-switch a[data-sections]");
    for (var i = 0; i < links.length; i++) {
      (function (link) {
        link.addEventListener("click", function () { updateLink(link); });
        link.addEventListener("focus", function () { updateLink(link); });
        link.addEventListener("mouseenter", function () { updateLink(link); });
      })(links[i]);
    }
  });
})();
