// The report's only script (its hash is the page's script-src): filter, toggles, copy buttons.
// No network, no storage; everything it shows is already in the page.
(function () {
  "use strict";
  var filter = document.getElementById("filter");
  var items = Array.prototype.slice.call(document.querySelectorAll(".incident, .finding"));
  function checked(cls) {
    return Array.prototype.slice.call(document.querySelectorAll(cls))
      .filter(function (b) { return b.checked; })
      .map(function (b) { return b.value; });
  }
  function apply() {
    var words = (filter ? filter.value : "").toLowerCase().split(/\s+/).filter(Boolean);
    var sevs = checked(".sev-toggle");
    var cats = checked(".cat-toggle");
    var allCats = document.querySelectorAll(".cat-toggle").length;
    items.forEach(function (el) {
      var text = el.textContent.toLowerCase();
      var okWords = words.every(function (w) { return text.indexOf(w) >= 0; });
      var okSev = sevs.indexOf(el.getAttribute("data-severity")) >= 0;
      var mine = (el.getAttribute("data-categories") || "").split(" ");
      var okCat = allCats === 0 || mine.some(function (c) { return cats.indexOf(c) >= 0; });
      el.hidden = !(okWords && okSev && okCat);
      if (words.length && !el.hidden && el.tagName === "DETAILS") { el.open = true; }
    });
  }
  if (filter) { filter.addEventListener("input", apply); }
  Array.prototype.forEach.call(document.querySelectorAll(".sev-toggle, .cat-toggle"), function (b) {
    b.addEventListener("change", apply);
  });
  function copied(button) {
    var old = button.textContent;
    button.textContent = "copied";
    setTimeout(function () { button.textContent = old; }, 1200);
  }
  function fallback(text, button) {
    var area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); copied(button); } finally { area.remove(); }
  }
  Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (button) {
    button.addEventListener("click", function () {
      var text = button.getAttribute("data-copy") || "";
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { copied(button); },
          function () { fallback(text, button); });
      } else {
        fallback(text, button);
      }
    });
  });
})();
