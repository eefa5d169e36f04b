// The confirmation's "Print this page" button: hidden in the HTML (a button
// that does nothing without JavaScript would be a broken promise), shown and
// wired here. The page says how to print without it.
document.querySelectorAll("[data-print-button]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
