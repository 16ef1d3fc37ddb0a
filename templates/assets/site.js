// Two small helps, both optional: without JavaScript every link still works and the header simply stays put.
// 1. The language switch keeps the reader's place: when the section being read also exists in the other
//    language, the link leads to it.
// 2. The header, which stays at the top of the screen, steps aside while the reader scrolls down and comes
//    back as soon as they scroll up or move the keyboard focus into it.
(function () {
  "use strict";

  // The section being read is the last one whose heading has passed the upper third of the screen.
  function currentSection() {
    var headings = document.querySelectorAll("main h2[id], main h3[id]");
    var line = window.innerHeight / 3;
    var current = null;
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].getBoundingClientRect().top <= line) {
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

  function keepPlaceOnSwitch() {
    var links = document.querySelectorAll(".language-switch a[data-sections]");
    for (var i = 0; i < links.length; i++) {
      (function (link) {
        ["click", "focus", "mouseenter", "touchstart"].forEach(function (type) {
          link.addEventListener(type, function () { updateLink(link); }, { passive: true });
        });
      })(links[i]);
    }
  }

  function tuckHeaderWhileReading() {
    var header = document.querySelector(".site-header");
    if (!header) {
      return;
    }
    var lastY = window.scrollY;
    function show() { header.classList.remove("is-tucked"); }
    window.addEventListener("scroll", function () {
      var y = window.scrollY;
      if (header.contains(document.activeElement) || y <= header.offsetHeight) {
        show();
      } else if (y > lastY + 4) {
        header.classList.add("is-tucked");
      } else if (y < lastY - 4) {
        show();
      }
      lastY = y;
    }, { passive: true });
    header.addEventListener("focusin", show);
  }

  document.addEventListener("DOMContentLoaded", function () {
    keepPlaceOnSwitch();
    tuckHeaderWhileReading();
  });
})();
