// The rule of a right as a tree of groups and conditions, for staff who do
// not write JSON. The rule's textarea stays the source of truth and what the
// form posts: every change in the tree rewrites it, and typing in it redraws
// the tree. Without JavaScript the textarea is the editor.
//
// Everything the tree shows (questions, rights, operators, labels in the
// editor's language) comes from the json_script the widget renders, so there
// is no request and no inline script. Controls in the tree have no `name`:
// only the textarea is posted. Registered as a Stimulus controller when
// Wagtail's admin is there, started on page load otherwise.
(function () {
  "use strict";

  var SHAPES = ["question", "all", "any", "not", "right"];
  var LIST_OPERATORS = ["in", "not_in"];
  var VALID_FOR = {
    boolean: ["eq", "ne", "in", "not_in"],
    choice: ["eq", "ne", "in", "not_in"],
    multi: ["eq", "ne", "in", "not_in", "contains"],
    number: ["eq", "ne", "in", "not_in", "lt", "lte", "gt", "gte"],
    age: ["eq", "ne", "in", "not_in", "lt", "lte", "gt", "gte"],
  };

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function isEmpty(node) {
    return node === null || node === undefined ||
      (isObject(node) && Object.keys(node).length === 0);
  }

  // The node's kind as the engine reads it: exactly one shape key.
  function kindOf(node) {
    if (!isObject(node)) {
      return "unknown";
    }
    var shapes = SHAPES.filter(function (key) { return key in node; });
    if (shapes.length !== 1) {
      return "unknown";
    }
    if ((shapes[0] === "all" || shapes[0] === "any") && !Array.isArray(node[shapes[0]])) {
      return "unknown";
    }
    return shapes[0];
  }

  // A path is a list of steps ({key: "all", index: 2} or {key: "not"}); its
  // text is the engine's ("all[2].not"), so error messages can be matched.
  function pathText(path) {
    return path.map(function (step) {
      return step.key === "not" ? "not" : step.key + "[" + step.index + "]";
    }).join(".");
  }

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (match, key) {
      return key in values ? values[key] : match;
    });
  }

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      var value = attributes[key];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (key === "text") {
        node.textContent = value;
      } else {
        node.setAttribute(key, value === true ? "" : value);
      }
    });
    (children || []).forEach(function (child) {
      if (child) {
        node.append(child);
      }
    });
    return node;
  }

  function Editor(root) {
    this.root = root;
    this.text = document.getElementById(root.dataset.ruleEditorText);
    this.data = JSON.parse(document.getElementById(root.dataset.ruleEditorData).textContent);
    this.labels = this.data.labels;
    this.questions = {};
    this.rights = {};
    this.data.questions.forEach(function (q) { this.questions[q.slug] = q; }, this);
    this.data.rights.forEach(function (r) { this.rights[r.slug] = r; }, this);
    this.counter = 0;
    this.problems = this.data.problems || [];

    this.source = root.querySelector("[data-rule-editor-source]");
    this.source.id = this.text.id + "-source";
    this.tree = element("div", { class: "balise-rule-editor__tree", "data-rule-editor-tree": true });
    this.toggle = element("button", {
      type: "button", class: "button button-small button-secondary balise-rule-editor__toggle",
      "aria-controls": this.source.id, "aria-expanded": "false", text: this.labels.show_json,
    });
    root.insertBefore(this.tree, this.source);
    root.insertBefore(this.toggle, this.source);
    root.classList.add("balise-rule-editor--ready");

    this.toggle.addEventListener("click", this.showSource.bind(this, null));
    this.text.addEventListener("input", this.read.bind(this, false));
    this.read(true);
  }

  Editor.prototype.showSource = function (show) {
    var shown = show === null ? this.source.hidden : show;
    this.source.hidden = !shown;
    this.toggle.setAttribute("aria-expanded", shown ? "true" : "false");
    this.toggle.textContent = shown ? this.labels.hide_json : this.labels.show_json;
  };

  // Reads the textarea: on the first read an invalid text stays on screen
  // (the tree cannot show it); later, the tree waits for a valid text.
  Editor.prototype.read = function (first) {
    var raw = this.text.value.trim();
    try {
      this.rule = raw === "" ? {} : JSON.parse(raw);
      this.invalid = false;
    } catch (error) {
      this.invalid = true;
    }
    if (first) {
      this.showSource(this.invalid);
    }
    this.render(null);
  };

  Editor.prototype.write = function () {
    this.text.value = isEmpty(this.rule) ? "{}" : JSON.stringify(this.rule, null, 2);
    this.text.dispatchEvent(new Event("change", { bubbles: true }));
  };

  // --- the model: nodes found and changed by path --------------------------

  Editor.prototype.get = function (path) {
    var node = this.rule;
    path.forEach(function (step) {
      node = step.key === "not" ? node.not : node[step.key][step.index];
    });
    return node;
  };

  Editor.prototype.put = function (path, value) {
    if (!path.length) {
      this.rule = value;
      return;
    }
    var parent = this.get(path.slice(0, -1));
    var last = path[path.length - 1];
    if (last.key === "not") {
      parent.not = value;
    } else {
      parent[last.key][last.index] = value;
    }
  };

  // Changes the model, rewrites the textarea and redraws the tree with the
  // focus on `focus` ({path, role}), so keyboard users stay where they were.
  Editor.prototype.change = function (action, focus) {
    this.problems = [];  // they named places in the rule as it was saved
    action.call(this);
    this.write();
    this.render(focus);
  };

  Editor.prototype.newNode = function (kind) {
    if (kind === "question") {
      return { question: "", op: "eq", value: null };
    }
    if (kind === "right") {
      return { right: "" };
    }
    var group = {};
    group[kind] = kind === "not" ? null : [];
    return group;
  };

  Editor.prototype.add = function (path, kind) {
    var group = this.get(path);
    var groupKind = kindOf(group);
    var child;
    if (groupKind === "not") {
      child = path.concat([{ key: "not" }]);
    } else {
      child = path.concat([{ key: groupKind, index: group[groupKind].length }]);
    }
    this.change(function () {
      if (groupKind === "not") {
        group.not = this.newNode(kind);
      } else {
        group[groupKind].push(this.newNode(kind));
      }
    }, { path: child });
  };

  Editor.prototype.start = function (kind) {
    this.change(function () { this.rule = this.newNode(kind); }, { path: [] });
  };

  Editor.prototype.remove = function (path) {
    var parentPath = path.slice(0, -1);
    this.change(function () {
      if (!path.length) {
        this.rule = {};
        return;
      }
      var parent = this.get(parentPath);
      var last = path[path.length - 1];
      if (last.key === "not") {
        parent.not = null;
      } else {
        parent[last.key].splice(last.index, 1);
      }
    }, path.length ? { path: parentPath, role: "add-question" } : { path: null });
  };

  Editor.prototype.move = function (path, delta, role) {
    var last = path[path.length - 1];
    var list = this.get(path.slice(0, -1))[last.key];
    var target = last.index + delta;
    var moved = path.slice(0, -1).concat([{ key: last.key, index: target }]);
    this.change(function () {
      var item = list.splice(last.index, 1)[0];
      list.splice(target, 0, item);
    }, { path: moved, role: role });
  };

  Editor.prototype.wrap = function (path) {
    this.change(function () {
      this.put(path, { all: [this.get(path)] });
    }, { path: path, role: "kind" });
  };

  // A group changes kind keeping its conditions (and any other key): several
  // conditions under "not this" are first put in an "all of these" group.
  Editor.prototype.changeKind = function (path, kind) {
    var node = this.get(path);
    var old = kindOf(node);
    var children = old === "not" ? (isEmpty(node.not) ? [] : [node.not]) : node[old];
    var replacement = {};
    if (kind === "not") {
      replacement.not = children.length === 0 ? null
        : children.length === 1 ? children[0] : { all: children };
    } else {
      replacement[kind] = children;
    }
    Object.keys(node).forEach(function (key) {
      if (key !== old) {
        replacement[key] = node[key];
      }
    });
    this.change(function () { this.put(path, replacement); }, { path: path, role: "kind" });
  };

  // --- drawing ---------------------------------------------------------------

  Editor.prototype.id = function (suffix) {
    this.counter += 1;
    return this.text.id + "-" + suffix + "-" + this.counter;
  };

  Editor.prototype.render = function (focus) {
    var labels = this.labels;
    this.counter = 0;
    this.tree.replaceChildren();
    if (this.invalid) {
      this.tree.append(element("p", { class: "balise-rule-editor__problem", text: labels.invalid_json }));
      return;
    }
    var introId = this.id("intro");
    var outer = element("fieldset", { class: "balise-rule-editor__rule", "aria-describedby": introId }, [
      element("legend", { class: "balise-rule-editor__title", text: labels.tree }),
      element("p", { id: introId, class: "balise-rule-editor__help", text: labels.intro }),
    ]);
    if (isEmpty(this.rule)) {
      outer.append(element("p", { text: labels.empty }));
      outer.append(this.addButtons(null));
    } else {
      outer.append(this.node(this.rule, [], null));
    }
    this.tree.append(outer);
    if (focus) {
      this.focus(focus);
    }
  };

  Editor.prototype.focus = function (focus) {
    var target = null;
    if (focus.path !== null) {
      var place = this.tree.querySelector(
        '[data-node="' + CSS.escape("~" + pathText(focus.path)) + '"]');
      if (place && focus.role) {
        target = own(place, '[data-role="' + focus.role + '"]');
        if (!target && (focus.role === "up" || focus.role === "down")) {
          target = own(place, '[data-role="up"], [data-role="down"]');
        }
      }
      target = target || (place && place.querySelector("select, input, button"));
    }
    target = target || this.tree.querySelector("select, input, button");
    if (target) {
      target.focus();
    }
  };

  // The first control matching `selector` that belongs to `place` itself,
  // not to a condition nested in it.
  function own(place, selector) {
    var found = Array.prototype.filter.call(place.querySelectorAll(selector), function (item) {
      return item.closest("[data-node]") === place;
    });
    return found[0] || null;
  }

  Editor.prototype.button = function (label, role, onClick) {
    var button = element("button", {
      type: "button", class: "button button-small button-secondary", "data-role": role,
      text: label,
    });
    button.addEventListener("click", onClick.bind(this));
    return button;
  };

  // Buttons that add a condition to the group at `path` (or start the rule).
  Editor.prototype.addButtons = function (path) {
    var labels = this.labels;
    var make = function (kind) {
      return path === null ? function () { this.start(kind); }
        : function () { this.add(path, kind); };
    };
    return element("div", { class: "balise-rule-editor__add" }, [
      this.button(labels.add_question, "add-question", make("question")),
      this.button(labels.add_right, "add-right", make("right")),
      this.button(labels.add_group, "add-group", make("all")),
    ]);
  };

  // Move, wrap and remove: `siblings` is the length of the list the node is
  // in, or null when it is not in a list (the whole rule, or under "not").
  Editor.prototype.nodeButtons = function (path, siblings) {
    var labels = this.labels;
    var buttons = [];
    var last = path[path.length - 1];
    if (siblings !== null && last.index > 0) {
      buttons.push(this.button(labels.move_up, "up", function () { this.move(path, -1, "up"); }));
    }
    if (siblings !== null && last.index < siblings - 1) {
      buttons.push(this.button(labels.move_down, "down",
        function () { this.move(path, 1, "down"); }));
    }
    buttons.push(this.button(labels.wrap, "wrap", function () { this.wrap(path); }));
    buttons.push(this.button(labels.remove, "remove", function () { this.remove(path); }));
    return element("div", { class: "balise-rule-editor__actions" }, buttons);
  };

  Editor.prototype.place = function (path) {
    return element("p", {
      class: "balise-rule-editor__place",
      text: format(this.labels.place, { path: path.length ? pathText(path) : this.labels.whole_rule }),
    });
  };

  Editor.prototype.node = function (node, path, siblings) {
    var kind = kindOf(node);
    var body;
    if (kind === "all" || kind === "any" || kind === "not") {
      body = this.group(node, kind, path);
    } else if (kind === "question") {
      body = this.questionLeaf(node, path);
    } else if (kind === "right") {
      body = this.rightLeaf(node, path);
    } else {
      body = this.unknownLeaf(node, path);
    }
    var fieldset = body[0];
    fieldset.setAttribute("data-node", "~" + pathText(path));
    var where = pathText(path);
    var place = fieldset.querySelector(".balise-rule-editor__place");
    this.problems.filter(function (problem) { return problem.path === where; })
      .forEach(function (problem) {
        var message = element("p", { class: "balise-rule-editor__problem",
          text: format(this.labels.problem, { message: problem.message }) });
        fieldset.insertBefore(message, place.nextSibling);
      }, this);
    fieldset.append(this.nodeButtons(path, siblings));
    return fieldset;
  };

  Editor.prototype.labelled = function (label, control, hint) {
    var id = this.id("field");
    control.id = id;
    var parts = [element("label", { for: id, text: label })];
    if (hint) {
      var hintId = this.id("hint");
      control.setAttribute("aria-describedby", hintId);
      parts.push(element("p", { id: hintId, class: "balise-rule-editor__help", text: hint }));
    }
    parts.push(control);
    return element("div", { class: "balise-rule-editor__field" }, parts);
  };

  Editor.prototype.select = function (options, current, role, onChange) {
    var select = element("select", { "data-role": role });
    options.forEach(function (option) {
      var item = element("option", { value: option.value, text: option.label });
      item.selected = option.value === current;
      select.append(item);
    });
    select.addEventListener("change", onChange.bind(this, select));
    return select;
  };

  Editor.prototype.group = function (node, kind, path) {
    var labels = this.labels;
    var fieldset = element("fieldset", { class: "balise-rule-editor__group balise-rule-editor__group--" + kind }, [
      element("legend", { text: labels[kind] }),
      this.place(path),
    ]);
    fieldset.append(this.labelled(labels.kind, this.select([
      { value: "all", label: labels.kind_all },
      { value: "any", label: labels.kind_any },
      { value: "not", label: labels.kind_not },
    ], kind, "kind", function (select) { this.changeKind(path, select.value); })));
    var children = kind === "not" ? (isEmpty(node.not) ? [] : [node.not]) : node[kind];
    if (children.length) {
      var list = element("ul", { class: "balise-rule-editor__children" });
      children.forEach(function (child, index) {
        var step = kind === "not" ? { key: "not" } : { key: kind, index: index };
        list.append(element("li", {}, [
          this.node(child, path.concat([step]), kind === "not" ? null : children.length),
        ]));
      }, this);
      fieldset.append(list);
    } else {
      fieldset.append(element("p", { text: labels.empty_group }));
    }
    if (kind === "not" && children.length) {
      fieldset.append(element("p", { class: "balise-rule-editor__help", text: labels.not_full }));
    } else {
      fieldset.append(this.addButtons(path));
    }
    return [fieldset];
  };

  Editor.prototype.operatorLabel = function (type, op) {
    var multi = type === "multi" && this.data.multi_operator_labels[op];
    return multi || this.data.operator_labels[op] || op;
  };

  function isListValue(type, op) {
    return LIST_OPERATORS.indexOf(op) >= 0 || (type === "multi" && (op === "eq" || op === "ne"));
  }

  function defaultValue(question, op) {
    if (isListValue(question.type, op)) {
      return [];
    }
    if (question.type === "boolean") {
      return true;
    }
    if (question.type === "choice" || question.type === "multi") {
      return question.choices.length ? question.choices[0].value : null;
    }
    return null;
  }

  Editor.prototype.questionLeaf = function (node, path) {
    var labels = this.labels;
    var fieldset = element("fieldset", { class: "balise-rule-editor__leaf" }, [
      element("legend", { text: labels.question_leaf }),
      this.place(path),
    ]);
    var options = [{ value: "", label: labels.choose_question }];
    this.data.questions.forEach(function (q) {
      options.push({ value: q.slug, label: q.slug + " — " + q.text });
    });
    var slug = typeof node.question === "string" ? node.question : "";
    if (slug && !this.questions[slug]) {
      options.push({ value: slug, label: slug + " " + labels.missing });
    }
    fieldset.append(this.labelled(labels.question, this.select(options, slug, "question",
      function (select) { this.changeQuestion(path, select.value); })));

    var question = this.questions[slug];
    if (question) {
      var operators = this.data.operators[question.type].slice();
      if (operators.indexOf(node.op) < 0 && VALID_FOR[question.type].indexOf(node.op) >= 0) {
        operators.push(node.op);
      }
      var opOptions = operators.map(function (op) {
        return { value: op, label: this.operatorLabel(question.type, op) };
      }, this);
      if (operators.indexOf(node.op) < 0) {
        opOptions.unshift({ value: String(node.op), label: String(node.op) });
      }
      fieldset.append(this.labelled(labels.operator, this.select(opOptions, node.op, "op",
        function (select) { this.changeOperator(path, select.value); })));
      fieldset.append(this.valueControl(node, question));
    }
    fieldset.append(this.sentences(node, labels.sentences_help, true));
    return [fieldset];
  };

  Editor.prototype.changeQuestion = function (path, slug) {
    var node = this.get(path);
    var question = this.questions[slug];
    var before = this.questions[node.question];
    this.change(function () {
      node.question = slug;
      if (question) {
        // another type of answer: its first operator ("is at least" for an age)
        if (!before || before.type !== question.type ||
            this.data.operators[question.type].indexOf(node.op) < 0) {
          node.op = this.data.operators[question.type][0];
        }
        node.value = defaultValue(question, node.op);
      }
    }, { path: path, role: "question" });
  };

  Editor.prototype.changeOperator = function (path, op) {
    var node = this.get(path);
    var question = this.questions[node.question];
    this.change(function () {
      var wasList = Array.isArray(node.value);
      node.op = op;
      var list = isListValue(question.type, op);
      if (list && !wasList) {
        node.value = node.value === null || node.value === undefined ? [] : [node.value];
      } else if (!list && wasList) {
        node.value = node.value.length ? node.value[0] : defaultValue(question, op);
      }
    }, { path: path, role: "op" });
  };

  // The answer to compare with, in a control that fits the question's type.
  Editor.prototype.valueControl = function (node, question) {
    var labels = this.labels;
    var self = this;
    var set = function (value) {
      node.value = value;
      self.write();
    };
    var choices;
    if (question.type === "boolean") {
      choices = [{ value: true, label: labels.yes }, { value: false, label: labels.no }];
    } else if (question.type === "choice" || question.type === "multi") {
      choices = question.choices.slice();
    }
    if (isListValue(question.type, node.op)) {
      var current = Array.isArray(node.value) ? node.value : [];
      if (choices) {
        return this.checkboxes(choices, current, set);
      }
      var listInput = element("input", { type: "text", "data-role": "value",
        value: current.join(", ") });
      listInput.addEventListener("input", function () {
        set(listInput.value.split(",").map(function (part) { return part.trim(); })
          .filter(Boolean).map(function (part) {
            var number = Number(part.replace(",", "."));
            return Number.isFinite(number) ? number : part;
          }));
      });
      return this.labelled(labels.value, listInput, labels.number_list);
    }
    if (choices) {
      var options = choices.map(function (choice) {
        return { value: JSON.stringify(choice.value), label: choice.label };
      });
      var currentText = JSON.stringify(node.value === undefined ? null : node.value);
      if (!options.some(function (option) { return option.value === currentText; })) {
        options.unshift({ value: currentText, label: currentText === "null" ? "—" : currentText });
      }
      return this.labelled(labels.value, this.select(options, currentText, "value",
        function (select) { set(JSON.parse(select.value)); }));
    }
    var unit = question.unit ? " (" + question.unit + ")" : "";
    var input = element("input", {
      type: "number", "data-role": "value", inputmode: question.type === "age" ? "numeric" : "decimal",
      step: question.type === "age" ? "1" : "any",
      min: question.type === "age" || !question.allow_negative ? "0" : null,
      max: question.type === "age" ? "130" : null,
      value: typeof node.value === "number" ? String(node.value) : "",
    });
    input.addEventListener("input", function () {
      var text = input.value.trim();
      var number = Number(text);
      set(text === "" ? null : Number.isFinite(number) ? number : text);
    });
    return this.labelled(labels.value + unit, input);
  };

  Editor.prototype.checkboxes = function (choices, current, set) {
    var fieldset = element("fieldset", { class: "balise-rule-editor__choices" }, [
      element("legend", { text: this.labels.values }),
    ]);
    var boxes = [];
    choices.forEach(function (choice) {
      var id = this.id("choice");
      var box = element("input", { type: "checkbox", id: id, "data-role": "value" });
      box.checked = current.indexOf(choice.value) >= 0;
      box.addEventListener("change", function () {
        set(choices.filter(function (item, index) { return boxes[index].checked; })
          .map(function (item) { return item.value; }));
      });
      boxes.push(box);
      fieldset.append(element("div", { class: "balise-rule-editor__choice" }, [
        box, element("label", { for: id, text: choice.label }),
      ]));
    }, this);
    return fieldset;
  };

  // The reader's sentence in each language; an empty one is left out of the
  // JSON (the reader then sees the French one).
  Editor.prototype.sentences = function (node, help, listMissing) {
    var labels = this.labels;
    var languages = this.data.languages;
    var helpId = this.id("sentences-help");
    var fieldset = element("fieldset", { class: "balise-rule-editor__sentences",
      "aria-describedby": helpId }, [
      element("legend", { text: labels.sentences }),
      element("p", { id: helpId, class: "balise-rule-editor__help", text: help }),
    ]);
    var texts = isObject(node.text) ? node.text : {};
    var missing = element("p", { class: "balise-rule-editor__missing" });
    var showMissing = function () {
      var names = languages.filter(function (language) {
        return !(isObject(node.text) && node.text[language.code]);
      }).map(function (language) { return language.name; });
      missing.textContent = names.length && listMissing
        ? format(labels.missing_sentences, { languages: names.join(", ") }) : "";
      missing.hidden = !missing.textContent;
    };
    var self = this;
    languages.forEach(function (language) {
      var input = element("input", {
        type: "text", lang: language.code, "data-role": "text-" + language.code,
        value: typeof texts[language.code] === "string" ? texts[language.code] : "",
      });
      input.addEventListener("input", function () {
        var before = isObject(node.text) ? node.text : {};
        var after = {};
        languages.forEach(function (other) {
          var value = other.code === language.code ? input.value : before[other.code];
          if (value) {
            after[other.code] = value;
          }
        });
        Object.keys(before).forEach(function (code) {  // languages the site does not have
          if (!(code in after) && code !== language.code) {
            after[code] = before[code];
          }
        });
        if (Object.keys(after).length) {
          node.text = after;
        } else {
          delete node.text;
        }
        showMissing();
        self.write();
      });
      fieldset.append(this.labelled(language.name, input));
    }, this);
    showMissing();
    fieldset.append(missing);
    return fieldset;
  };

  Editor.prototype.rightLeaf = function (node, path) {
    var labels = this.labels;
    var fieldset = element("fieldset", { class: "balise-rule-editor__leaf" }, [
      element("legend", { text: labels.right_leaf }),
      this.place(path),
    ]);
    var options = [{ value: "", label: labels.choose_right }];
    this.data.rights.forEach(function (right) {
      options.push({ value: right.slug, label: right.title + " (" + right.slug + ")" });
    });
    var slug = typeof node.right === "string" ? node.right : "";
    if (slug && !this.rights[slug]) {
      options.push({ value: slug, label: slug + " " + labels.missing });
    }
    fieldset.append(this.labelled(labels.right, this.select(options, slug, "right",
      function (select) {
        node.right = select.value;
        this.write();
      }), labels.right_help));
    fieldset.append(this.sentences(node, labels.right_sentences_help, false));
    return [fieldset];
  };

  Editor.prototype.unknownLeaf = function (node, path) {
    return [element("fieldset", { class: "balise-rule-editor__leaf" }, [
      element("legend", { text: this.labels.unknown_leaf }),
      this.place(path),
      element("pre", { class: "balise-rule-editor__raw", text: JSON.stringify(node, null, 2) }),
      element("p", { class: "balise-rule-editor__help", text: this.labels.unknown_help }),
    ])];
  };

  // Enter in a text box of the tree must not submit (save) the page.
  function keepEnter(event) {
    if (event.key === "Enter" && event.target.matches("[data-rule-editor-tree] input")) {
      event.preventDefault();
    }
  }

  function setUp(root) {
    if (!root.baliseRuleEditor) {
      root.baliseRuleEditor = new Editor(root);
      root.addEventListener("keydown", keepEnter);
    }
  }

  if (window.wagtail && window.wagtail.app && window.StimulusModule) {
    window.wagtail.app.register("balise-rule-editor", class extends window.StimulusModule.Controller {
      connect() {
        setUp(this.element);
      }
    });
  } else {
    var startAll = function () {
      document.querySelectorAll("[data-rule-editor]").forEach(setUp);
    };
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", startAll);
    } else {
      startAll();
    }
  }
})();
