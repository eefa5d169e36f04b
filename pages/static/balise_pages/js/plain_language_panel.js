// Re-runs the plain-language check while staff type: after a pause in
// typing, the edit form is posted to the check view and the panel's HTML is
// replaced. Saving never waits for it; if the check fails, the last result
// stays on screen.
//
// Wagtail's autosave re-renders the side panels after each save, so the
// panel is looked up each time, never kept. While a check is scheduled or
// running the form carries `data-plain-language-pending` (the form stays
// when the panel is replaced): browser tests wait for it to go before they
// leave the page.
(function () {
  "use strict";
  var DELAY = 700;

  function currentPanel() {
    return document.querySelector("[data-plain-language]");
  }

  function start() {
    var form = document.querySelector("form[data-edit-form]") ||
      document.getElementById("page-edit-form");
    var panel = currentPanel();
    if (!panel || !form || !panel.dataset.checkUrl) {
      return;
    }
    var checkUrl = panel.dataset.checkUrl;
    var timer = null;
    var running = false;
    var again = false;

    function settled() {
      var panelNow = currentPanel();
      if (panelNow) {
        panelNow.removeAttribute("aria-busy");
      }
      if (timer === null) {
        form.removeAttribute("data-plain-language-pending");
      }
    }

    // One check at a time: a check asked for while one runs follows it
    // (an aborted request would still be worked on by the server).
    function check() {
      timer = null;
      if (running) {
        again = true;
        return;
      }
      running = true;
      var panelNow = currentPanel();
      if (panelNow) {
        panelNow.setAttribute("aria-busy", "true");
      }
      fetch(checkUrl, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { "X-Requested-With": "XMLHttpRequest" },
      })
        .then(function (response) {
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          var shown = currentPanel();
          var results = shown && shown.querySelector("[data-plain-language-results]");
          if (html !== null && results) {
            results.innerHTML = html;
            shown.dataset.checkedAt = String(Date.now());
          }
        })
        .catch(function () {})
        .finally(function () {
          running = false;
          if (again) {
            again = false;
            check();
            return;
          }
          settled();
        });
    }

    function later() {
      window.clearTimeout(timer);
      form.setAttribute("data-plain-language-pending", "");
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
