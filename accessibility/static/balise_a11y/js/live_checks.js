// Balise's content rules, live in the page editor (issue 12, point 6).
//
// Wagtail's userbar runs axe in the editor's preview; axe cannot receive
// new check logic from Python, so the userbar lets a page register it
// (`registerCheck`) before axe starts on the window's load event. The rules
// themselves (selectors, impact, WCAG tags, messages in the editor's
// language) and the word lists the checks read come from Python, from the
// same definitions the audit applies (accessibility.content_rules
// .definitions.browser_definitions, via accessibility.axe.checker): this
// file holds only how each check reads an element. A check returns true
// when the element passes.
(function () {
  "use strict";

  var userbar = window.wagtail && window.wagtail.userbar;
  if (!userbar || typeof userbar.registerCheck !== "function") {
    return;
  }

  var HEADINGS = "h1, h2, h3, h4, h5, h6";

  // As content_rules.definitions.normalise: lower case, typographic
  // apostrophes straightened, spaces collapsed, punctuation around removed.
  function normalise(text) {
    return String(text || "")
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .replace(/[\s\u00a0]+/g, " ")
      .replace(/^[^\p{L}\p{N}_']+|[^\p{L}\p{N}_']+$/gu, "")
      .trim();
  }

  function collapsed(text) {
    return String(text || "").replace(/\s+/g, " ").trim();
  }

  function matchesAny(patterns, text) {
    return (patterns || []).some(function (pattern) {
      return new RegExp(pattern, "i").test(text);
    });
  }

  function isFileName(alt, options) {
    var text = collapsed(alt);
    return text !== "" && matchesAny(options.patterns, text);
  }

  function isRedundant(alt, options) {
    var text = String(alt || "").toLowerCase().replace(/\u2019/g, "'").trim();
    if ((options.words || []).indexOf(normalise(text)) !== -1) {
      return true;
    }
    return (options.prefixes || []).some(function (prefix) {
      return text.indexOf(prefix) === 0;
    });
  }

  function isGeneric(text, options) {
    return (options.texts || []).indexOf(normalise(text)) !== -1;
  }

  function level(heading) {
    return parseInt(heading.tagName.slice(1), 10);
  }

  // The headings of the content area in reading order.
  function headingsOf(node) {
    var scope = node.closest("main, [role='main']") || node.ownerDocument.body;
    return Array.prototype.slice.call(scope.querySelectorAll(HEADINGS));
  }

  // Every visible character of the paragraph is inside <b> or <strong>.
  function allBold(paragraph) {
    var walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    var seen = false;
    for (var text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!/\S/.test(text.nodeValue)) {
        continue;
      }
      var parent = text.parentElement;
      if (!parent || !parent.closest("b, strong") || !paragraph.contains(parent.closest("b, strong"))) {
        return false;
      }
      seen = true;
    }
    return seen;
  }

  var checks = {
    "balise-alt-file-name": function (node, options) {
      return !isFileName(node.getAttribute("alt"), options || {});
    },
    "balise-alt-redundant-words": function (node, options) {
      var alt = node.getAttribute("alt");
      // a file name is reported as such, once
      return isFileName(alt, options || {}) || !isRedundant(alt, options || {});
    },
    "balise-link-text-generic": function (node, options) {
      var text = collapsed(node.textContent);
      return text === "" || !isGeneric(text, options || {});
    },
    "balise-link-text-url": function (node, options) {
      var text = collapsed(node.textContent);
      options = options || {};
      if (text === "" || isGeneric(text, options)) {
        return true;
      }
      return !new RegExp(options.pattern, "i").test(text);
    },
    // The page title is the h1: the first heading of the content is an h2,
    // and each next one goes down one level at most.
    "balise-heading-skipped-level": function (node) {
      var previous = 1;
      var headings = headingsOf(node);
      for (var index = 0; index < headings.length; index += 1) {
        var current = level(headings[index]);
        if (current === 1) {
          if (headings[index] === node) {
            return true;
          }
          continue;
        }
        if (headings[index] === node) {
          return current <= previous + 1;
        }
        previous = current;
      }
      return true;
    },
    // The page title is the only h1.
    "balise-heading-h1-in-content": function (node) {
      var first = headingsOf(node).filter(function (heading) {
        return level(heading) === 1;
      })[0];
      return !first || first === node;
    },
    "balise-heading-empty": function (node) {
      return collapsed(node.textContent) !== "";
    },
    "balise-bold-as-heading": function (node, options) {
      var text = collapsed(node.textContent);
      var most = (options || {}).max_characters || 80;
      return !(text !== "" && text.length < most && allBold(node));
    },
  };

  Object.keys(checks).forEach(function (id) {
    userbar.registerCheck(id, checks[id]);
  });
})();
