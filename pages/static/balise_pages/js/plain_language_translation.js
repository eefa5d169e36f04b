// In wagtail-localize's translation editor (which replaces the page editor
// for a translation, without its Checks panel): a link to the stored
// plain-language result of the translation being edited.
(function () {
  "use strict";
  var script = document.currentScript;

  function start() {
    var editor = document.querySelector(".js-translation-editor");
    var header = document.querySelector(".header-meta--locales");
    var match = window.location.pathname.match(/\/pages\/(\d+)\/edit\/?$/);
    if (!editor || !header || !match || !script || !script.dataset.url) {
      return;
    }
    var link = document.createElement("a");
    link.href = script.dataset.url.replace(/\/0\/$/, "/" + match[1] + "/");
    link.textContent = script.dataset.label;
    link.className = "button button-small button-secondary w-ml-4";
    link.dataset.plainLanguageTranslationLink = "";
    header.appendChild(link);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
