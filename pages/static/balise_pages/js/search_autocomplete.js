// Titles of pages under the header's search box while the reader types: the
// ARIA 1.2 combobox pattern (list autocomplete, focus stays in the box). Up
// and Down move through the titles, Enter opens the one chosen, Escape
// closes the list (or empties the box), Tab leaves. Without this script,
// or when the suggestions cannot be fetched, the form searches as before.
// The form says where to ask (data-suggestions-url) and what to announce
// (data-status-one / data-status-other with {count}, data-list-label).
(function () {
  "use strict";
  var DELAY = 200;
  var MIN_LENGTH = 2;

  function style(element, rules) {
    Object.keys(rules).forEach(function (name) {
      element.style.setProperty(name, rules[name]);
    });
  }

  function attach(form, index) {
    var input = form.querySelector("input[type=search]");
    if (!input || form.dataset.autocompleteReady) {
      return;
    }
    form.dataset.autocompleteReady = "1";
    var listId = "search-suggestions-" + index;
    var row = input.parentNode;
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var items = [];
    var active = -1;
    var timer = null;
    var pending = null;
    var rules = window.Intl && Intl.PluralRules ?
      new Intl.PluralRules(document.documentElement.lang || undefined) : null;

    list.id = listId;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.dataset.listLabel || "");
    list.hidden = true;
    style(row, {position: "relative"});
    style(list, {
      position: "absolute", top: "100%", left: "0", right: "0", "z-index": "10",
      margin: "0.25rem 0 0", padding: "0", "list-style": "none",
      background: "var(--paper, #fff)", color: "var(--ink, #1b1b1b)",
      border: "1px solid var(--border, #6b6b6b)", "box-shadow": "0 2px 6px rgba(0,0,0,.2)"
    });
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    row.appendChild(list);
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function announce(count) {
      var one = form.dataset.statusOne;
      var other = form.dataset.statusOther;
      if (!one || !other) {
        return;
      }
      var form_ = rules && rules.select(count) === "one" ? one : other;
      status.textContent = count ? form_.replace("{count}", String(count)) : "";
    }

    function highlight(position) {
      active = position;
      Array.prototype.forEach.call(list.children, function (option, i) {
        var chosen = i === position;
        option.setAttribute("aria-selected", chosen ? "true" : "false");
        style(option, chosen ? {background: "var(--brand, #0b3d6b)", color: "#fff"}
                             : {background: "transparent", color: "inherit"});
      });
      if (position >= 0) {
        input.setAttribute("aria-activedescendant", listId + "-" + position);
        list.children[position].scrollIntoView({block: "nearest"});
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      highlight(-1);
    }

    function open() {
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function go(position) {
      var item = items[position];
      if (item && item.url) {
        window.location.assign(item.url);
      }
    }

    function show(results) {
      items = results;
      list.textContent = "";
      results.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = item.title;
        style(option, {padding: "0.5rem 0.75rem", cursor: "pointer", "min-height": "2.75rem"});
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the box
        });
        option.addEventListener("click", function () {
          go(i);
        });
        list.appendChild(option);
      });
      active = -1;
      if (results.length && document.activeElement === input) {
        open();
      } else {
        close();
      }
      announce(results.length);
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        show([]);
        return;
      }
      if (pending) {
        pending.abort();
      }
      pending = window.AbortController ? new AbortController() : null;
      var url = form.dataset.suggestionsUrl + "?q=" + encodeURIComponent(text);
      fetch(url, {headers: {Accept: "application/json"}, credentials: "same-origin",
                  signal: pending ? pending.signal : undefined})
        .then(function (response) {
          return response.ok ? response.json() : {results: []};
        })
        .then(function (data) {
          if (input.value.trim() === text) {
            show(data.results || []);
          }
        })
        .catch(function () { /* offline or aborted: the form still works */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      var count = items.length;
      if (event.key === "ArrowDown" || event.key === "Down") {
        if (!count) {
          return;
        }
        event.preventDefault();
        if (list.hidden) {
          open();
          if (!event.altKey) {
            highlight(0);
          }
        } else {
          highlight((active + 1) % count);
        }
      } else if (event.key === "ArrowUp" || event.key === "Up") {
        if (!count) {
          return;
        }
        event.preventDefault();
        open();
        highlight(active <= 0 ? count - 1 : active - 1);
      } else if (event.key === "Enter") {
        if (!list.hidden && active >= 0) {
          event.preventDefault();
          go(active);
        }
      } else if (event.key === "Escape" || event.key === "Esc") {
        if (!list.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          show([]);
        }
      } else if (event.key === "Tab") {
        close();
      }
    });

    input.addEventListener("blur", function () {
      close();
    });
  }

  function start() {
    var forms = document.querySelectorAll("form[data-suggestions-url]");
    Array.prototype.forEach.call(forms, attach);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
