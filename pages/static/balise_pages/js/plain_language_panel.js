// Re-runs the plain-language check while staff type: after a pause in
// typing, the edit form is posted to the check view and the panel's HTML is
// replaced. Saving never waits for it; if the check fails, the last result
// stays on screen.
(function () {
  "use strict";
  var DELAY = 700;

  function start() {
    var panel = document.querySelector("[data-plain-language]");
    var form = document.querySelector("form[data-edit-form]") ||
      document.getElementById("page-edit-form");
    if (!panel || !form || !panel.dataset.checkUrl) {
      return;
    }
    var results = panel.querySelector("[data-plain-language-results]");
    var timer = null;
    var running = null;

    function check() {
      if (running) {
        running.abort();
      }
      running = new AbortController();
      panel.setAttribute("aria-busy", "true");
      fetch(panel.dataset.checkUrl, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { "X-Requested-With": "XMLHttpRequest" },
        signal: running.signal,
      })
        .then(function (response) {
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (html !== null) {
            results.innerHTML = html;
            panel.dataset.checkedAt = String(Date.now());
          }
        })
        .catch(function () {})
        .finally(function () {
          panel.removeAttribute("aria-busy");
        });
    }

    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, DELAY);
    }

    form.addEventListener("input", later);
    form.addEventListener("change", later);
    // Rich-text editors save their content into a hidden field a moment
    // after the keystroke: catch that too.
    form.addEventListener("keyup", later);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
