// timeline.js: filters for the index page. The page is complete without it:
// the type checkboxes already work through CSS; this adds the text search,
// hides months left empty and says how many events are shown.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) {
    return;
  }
  var q = document.getElementById("q");
  var status = document.getElementById("filter-status");
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="type"]'));
  var items = Array.prototype.slice.call(document.querySelectorAll("main section.year .ev"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("main section.month, main section.year"));

  function apply() {
    var off = {};
    boxes.forEach(function (b) {
      if (!b.checked) {
        off[b.value] = true;
      }
    });
    var terms = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (li) {
      var text = li.getAttribute("data-search") || "";
      var ok = !off[li.getAttribute("data-type")] && terms.every(function (t) {
        return text.indexOf(t) >= 0;
      });
      li.hidden = !ok;
      if (ok) {
        shown++;
      }
    });
    sections.forEach(function (s) {
      s.hidden = !s.querySelector(".ev:not([hidden])");
    });
    status.textContent = shown === items.length ? "" :
      "Showing " + shown + " of " + items.length + " events.";
  }

  form.querySelector(".search").hidden = false;
  form.addEventListener("submit", function (e) {
    e.preventDefault();
  });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  apply();
})();
