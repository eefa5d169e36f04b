// Keeps the count under "In short" ("2 sentences of 3 · 180 characters")
// in step with what staff type. The server already wrote the count for the
// saved text; this only updates it. Sentences are cut as the plain-language
// analyser cuts them (pages/plain_language/tokens.py): after . ! ? … and a
// space, or at a line break; a piece counts if it has a letter.
// Screen readers hear the count only when the number of sentences (or a
// warning) changes, after a pause in typing: not at every keystroke.
(function () {
  "use strict";
  var SENTENCE_END = /(?<=[.!?…])\s+|\n+/u;
  var LETTER = /[\p{L}\p{Nl}\p{No}]/u;
  var ANNOUNCE_DELAY = 1000;

  function countSentences(text) {
    return text.split(SENTENCE_END).filter(function (piece) {
      return LETTER.test(piece);
    }).length;
  }

  function phrase(counter, kind, number, rules) {
    var form = rules.select(number) === "one" ? "one" : "other";
    return counter.dataset[kind + (form === "one" ? "One" : "Other")]
      .replace("{count}", String(number));
  }

  function attach(counter) {
    var box = document.getElementById(counter.dataset.for);
    if (!box || counter.dataset.inShortReady) {
      return;
    }
    counter.dataset.inShortReady = "true";
    var figures = counter.querySelector("[data-in-short-figures]");
    var warning = counter.querySelector("[data-in-short-warning]");
    var announcer = counter.nextElementSibling;
    var limit = Number(counter.dataset.limit);
    var maxLength = Number(counter.dataset.maxLength) || 0;
    var rules = new Intl.PluralRules(document.documentElement.lang || "en");
    var lastSentences = null;
    var lastWarning = null;
    var timer = null;

    function announce(text) {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        if (announcer && announcer.hasAttribute("data-in-short-announce")) {
          announcer.textContent = text;
        }
      }, ANNOUNCE_DELAY);
    }

    function update() {
      var text = box.value.replace(/\r\n/g, "\n");
      var sentences = countSentences(text);
      var characters = Array.from(text).length;
      var sentenceText = phrase(counter, "sentences", sentences, rules);
      figures.textContent = sentenceText + " · " +
        phrase(counter, "characters", characters, rules);
      var warnings = [];
      if (sentences > limit) {
        warnings.push(counter.dataset.tooMany);
      }
      if (maxLength && characters > maxLength) {
        warnings.push(counter.dataset.tooLong);
      }
      var warningText = warnings.join(" ");
      warning.textContent = warningText;
      counter.classList.toggle("balise-in-short-count--over", warnings.length > 0);
      counter.dataset.sentences = String(sentences);
      counter.dataset.characters = String(characters);
      if (lastSentences !== null &&
          (sentences !== lastSentences || warningText !== lastWarning)) {
        announce((sentenceText + " " + warningText).trim());
      }
      lastSentences = sentences;
      lastWarning = warningText;
    }

    box.addEventListener("input", update);
    update();
  }

  function start() {
    document.querySelectorAll("[data-in-short-count]").forEach(attach);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
