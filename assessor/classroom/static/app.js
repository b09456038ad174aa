// Assessor classroom mode: the participant's page. Plain script, no framework, nothing from outside.
// Every change becomes an event with an id made here; it is queued in localStorage and sent in order.
// The laptop answers only after its database committed the event, and only then does the page say "Saved".
// A resent event (same id) is stored once. Texts come from the page (both languages, the app's sources).
"use strict";
(function () {
  var TEXTS = JSON.parse(document.getElementById("texts").textContent);
  var KEY = "assessor.classroom";
  var NAMES = { en: "English", id: "Bahasa Indonesia" };
  var main = document.getElementById("main");
  var store = load();
  var paper = null;       // the attempt as sent by the laptop (questions in the order shown)
  var state = {};         // question id -> {answer, confidence, flag}, with the unsent changes applied
  var screen = "language";
  var message = "";
  var online = true;
  var sending = false;
  var retryTimer = null;
  var remaining = null, remainingAt = 0, warned = 0;
  var result = null;

  var params = new URLSearchParams(location.search);
  if (params.get("j")) { store.join = params.get("j").toUpperCase(); save(); }

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(store)); } catch (e) { /* private mode: kept in memory */ }
  }
  function queue() { return store.queue || (store.queue = []); }

  function t(key) {
    var text = (TEXTS[store.lang || "en"] || TEXTS.en)[key] || TEXTS.en[key] || key;
    for (var i = 1; i < arguments.length; i++) text = text.replace("{}", arguments[i]);
    return text;
  }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "on") node.addEventListener("click", attrs[k]);
      else if (attrs[k] !== null && attrs[k] !== false) node.setAttribute(k, attrs[k] === true ? "" : attrs[k]);
    }
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  function tx(text) { return (text && (text[store.lang] || text.en || text.id)) || ""; }
  function newId() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);  // randomUUID needs https; this works on the laptop's plain http too
    return Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
  }
  function csrf() {
    var m = document.cookie.match(/(?:^|;\s*)assessor_csrf=([^;]+)/);
    return m ? m[1] : "";
  }

  // -- talking to the laptop ------------------------------------------------------
  function post(path, body) {
    body.join = store.join;
    return fetch(path, {
      method: "POST", credentials: "same-origin", cache: "no-store",
      headers: { "Content-Type": "application/json", "X-Assessor-CSRF": csrf() },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        if (r.status >= 500) throw new Error("server " + r.status);
        data.httpStatus = r.status;
        return data;
      });
    });
  }
  function setOnline(up) {
    if (online !== up) { online = up; status(); }
  }
  // What changes without the participant doing anything (acknowledgements, the connection) is shown
  // in place: the screen is not rebuilt under their finger or while they type.
  function status() {
    showNotice();
    var saved = document.getElementById("saved");
    if (saved && screen === "question") {
      var q = paper.questions[Math.min(store.position || 0, paper.questions.length - 1)];
      saved.textContent = savedText(q);
      saved.className = "saved" + (pending(q.id) ? " wait" : "");
    }
    var confirm = document.getElementById("confirm");
    if (confirm && screen === "confirm" && !queue().length && confirm.disabled) render();
  }
  function savedText(q) {
    return pending(q.id) ? (online ? t("saving") : t("waiting_one")) : (answered(q) ? t("saved") : "");
  }
  function showNotice() {
    var n = document.getElementById("notice"), waiting = queue().length;
    n.className = online ? "" : "offline";
    if (!online || waiting) {
      n.hidden = false;
      n.textContent = (online ? "" : t("offline") + " ") + (waiting ? t("waiting", waiting) : "");
    } else n.hidden = true;
  }
  function syncTime(s) {
    if (s === null || s === undefined) return;
    remaining = s; remainingAt = Date.now();
  }
  function left() {
    return remaining === null ? null : Math.max(0, remaining - (Date.now() - remainingAt) / 1000);
  }

  // ``quiet``: typed text, committed when the field loses focus; the screen is not rebuilt then, so the
  // tap that moved the focus (Next, Overview) still lands on its button.
  function change(qid, kind, value, quiet) {
    state[qid] = state[qid] || {};
    state[qid][kind === "answer" ? "answer" : kind] = value;
    queue().push({ id: newId(), question: qid, kind: kind, value: value });
    save();
    if (quiet) status(); else render();
    pump();
  }
  function pending(qid) {
    return queue().some(function (e) { return e.question === qid; });
  }
  function retry(ms) {
    if (!retryTimer) retryTimer = setTimeout(function () { retryTimer = null; pump(); }, ms);
  }
  function pump() {
    if (sending || !store.attempt) return;
    var q = queue();
    if (!q.length) { showNotice(); return; }
    sending = true;
    var e = q[0];
    post("/api/event", { attempt: store.attempt, secret: store.secret, id: e.id, question: e.question,
                         kind: e.kind, value: e.value })
      .then(function (data) {
        sending = false;
        setOnline(true);
        if (data.saved) {
          q.shift(); save(); syncTime(data.remaining_s);
          status();
          pump();
        } else refused(data, e);
      }, function () {
        sending = false;
        setOnline(false);
        retry(2000);
      });
  }
  function refused(data, e) {
    var code = data.error;
    if (code === "time_up" || code === "already_submitted") { store.queue = []; save(); finished(data.result); return; }
    if (code === "session_closed" || code === "csrf" || code === "too_many") {
      message = t(code === "session_closed" ? "session_closed" : "offline");
      setOnline(false); retry(5000); render(); return;
    }
    if (code === "bad_secret" || code === "bad_join") { forget(); message = t(code); go("checkin"); return; }
    // The laptop refused this value: it is not stored; show the laptop's state again.
    if (e && queue().indexOf(e) >= 0) { queue().splice(queue().indexOf(e), 1); save(); }
    message = t("refused");
    checkIn(true);
  }
  function ping() {
    if (!store.attempt || screen === "thanks" || screen === "checkin" || screen === "language") return;
    post("/api/ping", { attempt: store.attempt, secret: store.secret, position: store.position || 0,
                        lang: store.lang })
      .then(function (data) {
        setOnline(true);
        if (data.status === "in_progress") { syncTime(data.remaining_s); pump(); }
        else if (data.error === "time_up" || data.error === "already_submitted") finished(data.result);
      }, function () { setOnline(false); });
  }

  function checkIn(silent) {
    var code = (store.code || "").trim();
    if (!code) { message = t("unknown_code"); render(); return; }
    post("/api/checkin", { code: code, lang: store.lang, attempt: store.attempt || null, secret: store.secret || null })
      .then(function (data) {
        setOnline(true);
        if (data.status === "in_progress") {
          if (store.attempt && store.attempt !== data.attempt) store.queue = [];
          paper = data; store.attempt = data.attempt; store.secret = data.secret;
          state = {};
          for (var k in data.state) state[k] = data.state[k];
          queue().forEach(function (e) {  // unsent changes stay on top of what the laptop has
            state[e.question] = state[e.question] || {};
            state[e.question][e.kind] = e.value;
          });
          if (store.position === undefined || !data.resumed) store.position = data.position;
          syncTime(data.remaining_s); save();
          if (!silent) { message = ""; go("instructions"); } else render();
          pump();
        } else if (data.status === "submitted") {
          finished(data.result);
        } else {
          if (data.error === "bad_secret" || data.error === "already_submitted") forget();
          message = t(data.error === "csrf" ? "offline_checkin" : data.error || "unknown_code");
          if (screen !== "checkin") go("checkin"); else render();
        }
      }, function () {
        setOnline(false);
        message = t("offline_checkin");
        if (store.attempt && paper) { message = ""; render(); retry(3000); return; }
        if (screen !== "checkin") go("checkin"); else render();
      });
  }
  function forget() {
    delete store.attempt; delete store.secret; delete store.position; store.queue = []; save(); paper = null;
  }
  function finished(r) {
    result = r || result || {};
    store.done = true; save();
    go("thanks");
  }
  var submitting = false;
  function submitNow(reason) {
    if (queue().length) { retry(500); if (reason !== "time_out") render(); return; }
    if (submitting) return;
    submitting = true;
    post("/api/submit", { attempt: store.attempt, secret: store.secret, reason: reason || "submit" })
      .then(function (data) {
        submitting = false;
        setOnline(true);
        if (data.status === "submitted") finished(data.result);
        else refused(data, null);
      }, function () { submitting = false; setOnline(false); message = t("offline"); render(); });
  }

  // -- screens ------------------------------------------------------------------
  function go(name) { screen = name; render(); main.focus(); window.scrollTo(0, 0); }
  function render() {
    document.documentElement.lang = store.lang || "en";
    var other = store.lang === "id" ? "en" : "id";
    var langButton = document.getElementById("lang");
    langButton.textContent = NAMES[other];
    langButton.setAttribute("lang", other);
    var focused = document.activeElement && document.activeElement.id;
    main.textContent = "";
    ({ language: renderLanguage, checkin: renderCheckin, instructions: renderInstructions, question: renderQuestion,
       overview: renderOverview, confirm: renderConfirm, thanks: renderThanks })[screen]();
    showNotice();
    tick();
    var again = focused && document.getElementById(focused);
    if (again && main.contains(again)) again.focus();
  }
  function add() { for (var i = 0; i < arguments.length; i++) if (arguments[i]) main.appendChild(arguments[i]); }

  function renderLanguage() {
    add(el("h1", { text: t("hello") }), el("p", { text: t("choose_language") }));
    ["en", "id"].forEach(function (lang) {
      add(el("button", { "class": "big", type: "button", lang: lang, id: "lang-" + lang, text: NAMES[lang],
                         on: function () { store.lang = lang; save(); go("checkin"); } }));
    });
  }
  function renderCheckin() {
    var code = el("input", { type: "text", id: "code", autocomplete: "off", autocapitalize: "characters",
                             spellcheck: "false", value: store.code || "" });
    var join = el("input", { type: "text", id: "join", autocomplete: "off", autocapitalize: "characters",
                             spellcheck: "false", value: store.join || "" });
    function start() {
      store.code = code.value.trim();
      if (join.value.trim()) store.join = join.value.trim().toUpperCase();
      save();
      checkIn(false);
    }
    code.addEventListener("keydown", function (e) { if (e.key === "Enter") start(); });
    add(el("h1", { text: t("welcome") }), el("p", { text: t("checkin_hint") }),
        el("label", { "for": "code", text: t("code_label") }), code);
    if (!params.get("j")) add(el("label", { "for": "join", text: t("join_label") }), join);
    add(el("p", { "class": "msg", id: "message", role: "alert", text: message }),
        el("button", { "class": "big primary", type: "button", id: "start", text: t("start"), on: start }));
    if ("BarcodeDetector" in window) {
      var file = el("input", { type: "file", accept: "image/*", capture: "environment", hidden: true });
      file.addEventListener("change", function () {
        if (!file.files.length) return;
        createImageBitmap(file.files[0]).then(function (img) {
          return new window.BarcodeDetector({ formats: ["qr_code"] }).detect(img);
        }).then(function (found) {
          if (!found.length) throw new Error("none");
          code.value = found[0].rawValue.trim();
          start();
        }).catch(function () { message = t("scan_failed"); render(); });
      });
      add(file, el("button", { "class": "big", type: "button", id: "scan", text: t("scan"),
                               on: function () { file.click(); } }));
    }
    if (!message) setTimeout(function () { code.focus(); }, 0);
  }
  function renderInstructions() {
    var minutes = paper.time_limit_s ? Math.round(paper.time_limit_s / 60) : 0;
    add(el("h1", { text: t("instructions") }), el("p", { text: t("count_line", paper.questions.length) }),
        minutes ? el("p", { text: t("time_line", minutes) }) : null, el("p", { text: t("how_line") }),
        el("p", { text: t("move_line") }), paper.confidence ? el("p", { text: t("confidence_line") }) : null,
        el("p", { text: t("submit_line") }),
        el("button", { "class": "big primary", type: "button", id: "begin",
                       text: paper.resumed ? t("continue_test") : t("start_test"), on: function () { go("question"); } }));
  }
  function answered(q) {
    var a = (state[q.id] || {}).answer;
    if (q.type === "description") return true;
    if (a === null || a === undefined) return false;
    if (q.type === "multiple") return a.length > 0;
    if (q.type === "short" || q.type === "numerical") return String(a).trim() !== "";
    if (q.type === "matching") return a.some(function (x) { return x !== null; });
    if (q.type === "cloze") return a.some(function (x) { return x !== null && String(x).trim() !== ""; });
    if (q.type === "comment" || q.type === "essay") return String(a).trim() !== "";
    if (q.type === "retro") return a.then !== null && a.then !== undefined && a.now !== null && a.now !== undefined;
    return true;
  }
  function picture(image, cls) {
    return image ? el("img", { "class": cls, src: image.src, alt: tx(image.alt) }) : null;
  }
  function tile(letter, text, pressed, onClick, id, image) {
    return el("button", { "class": "tile", type: "button", id: id, "aria-pressed": pressed ? "true" : "false", on: onClick },
              [el("b", { text: letter }), el("span", {}, [text ? el("span", { text: text }) : null,
                                                          picture(image, "opic")])]);
  }
  function renderQuestion() {
    var pos = Math.min(store.position || 0, paper.questions.length - 1);
    var q = paper.questions[pos], s = state[q.id] || {};
    add(el("div", { "class": "qhead" }, [
      el("span", { id: "counter", text: t("counter", pos + 1, paper.questions.length) }),
      s.flag ? el("span", { "class": "flagged", text: t("flagged_mark") }) : null,
      el("span", { "class": "saved" + (pending(q.id) ? " wait" : ""), id: "saved", "aria-live": "polite", text: savedText(q) }),
      el("button", { type: "button", id: "flag", "class": "flag", "aria-pressed": s.flag ? "true" : "false",
                     text: s.flag ? t("unflag") : t("flag"), on: function () { change(q.id, "flag", !s.flag); } })
    ]));
    add(el("p", { "class": "qtext", id: "qtext", text: tx(q.text) }), picture(q.image, "qpic"),
        el("p", { "class": "hint", text: t("hint_" + q.type) }));
    if (message) add(el("p", { "class": "msg", role: "alert", text: message }));
    var answer = s.answer;
    if (q.type === "single" || q.type === "multiple" || q.type === "choice") {
      q.options.forEach(function (o, i) {
        var on = q.type !== "multiple" ? answer === o.key : (answer || []).indexOf(o.key) >= 0;
        add(tile("ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(i), tx(o.text), on, function () {
          message = "";
          if (q.type !== "multiple") change(q.id, "answer", o.key);
          else {
            var set = (answer || []).filter(function (k) { return k !== o.key; });
            if (!on) set.push(o.key);
            set.sort();
            change(q.id, "answer", set);
          }
        }, "opt-" + i, o.image));
      });
    } else if (q.type === "truefalse") {
      [true, false].forEach(function (v, i) {
        add(tile(i ? "B" : "A", t(v ? "true" : "false"), answer === v,
                 function () { message = ""; change(q.id, "answer", v); }, "opt-" + i));
      });
    } else if (q.type === "rating") {
      q.scale.forEach(function (label, i) {
        add(tile(String(i + 1), tx(label), answer === i + 1,
                 function () { message = ""; change(q.id, "answer", i + 1); }, "opt-" + i));
      });
    } else if (q.type === "retro") {
      var both = answer || {};
      ["then", "now"].forEach(function (part) {
        add(el("p", { "class": "part", text: t(part) }));
        var row = el("div", { "class": "scale", role: "group", "aria-label": t(part) });
        q.scale.forEach(function (label, i) {
          row.appendChild(el("button", { type: "button", id: part + "-" + i, title: tx(label),
                                         "aria-pressed": both[part] === i + 1 ? "true" : "false",
                                         text: (i + 1) + (tx(label) ? " " + tx(label) : ""), on: function () {
            var next = { then: both.then === undefined ? null : both.then, now: both.now === undefined ? null : both.now };
            next[part] = i + 1;
            message = "";
            change(q.id, "answer", next);
          } }));
        });
        add(row);
      });
    } else if (q.type === "short" || q.type === "numerical" || q.type === "comment" || q.type === "essay") {
      var long = q.type === "comment" || q.type === "essay";
      var input = el(long ? "textarea" : "input", { type: long ? null : "text", id: "answer",
                                rows: long ? "5" : null, maxlength: long ? "2000" : "500", autocomplete: "off", "aria-label": t("your_answer"),
                                placeholder: t("type_answer"), inputmode: q.type === "numerical" ? "decimal" : null,
                                value: answer === null || answer === undefined ? "" : String(answer) });
      var commit = function () {
        var v = input.value, before = (state[q.id] || {}).answer;
        if (v !== (before === null || before === undefined ? "" : String(before))) { change(q.id, "answer", v, true); }
      };
      input.addEventListener("change", commit);
      if (long) input.textContent = answer === null || answer === undefined ? "" : String(answer);
      if (!long) {
        input.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); commit(); } });
      }
      add(input);
    } else if (q.type === "matching") {
      var picks = (answer || q.left.map(function () { return null; })).slice();
      q.left.forEach(function (left, i) {
        var select = el("select", { id: "match-" + i, "aria-label": tx(left) }, [el("option", { value: "", text: "\u2014" })]);
        q.right.forEach(function (r) {
          select.appendChild(el("option", { value: String(r.value), text: tx(r.text),
                                            selected: picks[i] === r.value ? true : null }));
        });
        select.addEventListener("change", function () {
          picks[i] = select.value === "" ? null : parseInt(select.value, 10);
          message = "";
          change(q.id, "answer", picks.slice());
        });
        add(el("div", { "class": "pair" }, [el("span", { text: tx(left) }), select]));
      });
    } else if (q.type === "cloze") {
      var values = (answer || q.blanks.map(function () { return null; })).slice();
      var put = function (i, v) {
        v = v === "" ? null : v;
        if (values[i] === v) return;
        values[i] = v;
        message = "";
        change(q.id, "answer", values.slice(), true);
      };
      q.blanks.forEach(function (b, i) {
        var field;
        if (b.kind === "choice") {
          field = el("select", { id: "blank-" + i, "aria-label": t("blank", i + 1) }, [el("option", { value: "", text: "\u2014" })]);
          b.options.forEach(function (o) {
            field.appendChild(el("option", { value: o.key, text: tx(o.text), selected: values[i] === o.key ? true : null }));
          });
          field.addEventListener("change", function () { put(i, field.value); });
        } else {
          field = el("input", { type: "text", id: "blank-" + i, maxlength: "500", autocomplete: "off",
                                "aria-label": t("blank", i + 1), inputmode: b.kind === "numerical" ? "decimal" : null,
                                value: values[i] === null || values[i] === undefined ? "" : String(values[i]) });
          field.addEventListener("change", function () { put(i, field.value); });
          field.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); put(i, field.value); } });
        }
        add(el("div", { "class": "pair" }, [el("span", { text: "[" + (i + 1) + "]" }), field]));
      });
    }
    if (paper.confidence) {
      var levels = el("div", {}, [1, 2, 3, 4].map(function (n) {
        return el("button", { type: "button", id: "conf-" + n, "aria-pressed": s.confidence === n ? "true" : "false",
                              text: t("c" + n), on: function () { change(q.id, "confidence", s.confidence === n ? null : n); } });
      }));
      add(el("div", { "class": "conf" }, [el("p", { text: t("how_sure") }), levels]));
    }
    add(el("nav", {}, [
      el("button", { type: "button", id: "prev", text: t("previous"), disabled: pos === 0, on: function () { move(-1); } }),
      el("button", { type: "button", id: "overview", text: t("overview"), on: function () { go("overview"); } }),
      el("button", { type: "button", id: "submit", text: t("submit_dots"), on: function () { go("confirm"); } }),
      el("button", { type: "button", id: "next", "class": "primary", text: t("next"),
                     disabled: pos >= paper.questions.length - 1, on: function () { move(1); } })
    ]));
  }
  function move(step) { jump((store.position || 0) + step); }
  function jump(pos) {
    store.position = Math.max(0, Math.min(paper.questions.length - 1, pos));
    save(); message = ""; go("question"); ping();
  }
  function renderOverview() {
    add(el("h1", { text: t("overview") }), el("p", { "class": "hint", text: t("legend") }));
    var grid = el("div", { "class": "grid" });
    paper.questions.forEach(function (q, n) {
      var a = answered(q), f = (state[q.id] || {}).flag;
      grid.appendChild(el("button", { type: "button", id: "cell-" + n, "class": (a ? "ans" : "") + (f ? " flg" : ""),
                                      text: (n + 1) + " " + (a ? "\u2713" : "\u25cb") + (f ? " \u2691" : ""),
                                      on: function () { jump(n); } }));
    });
    add(grid, el("div", { "class": "row" }, [
      el("button", { type: "button", id: "back", text: t("back_question"), on: function () { go("question"); } }),
      el("button", { type: "button", id: "submit", "class": "primary", text: t("submit_dots"), on: function () { go("confirm"); } })
    ]));
  }
  function renderConfirm() {
    var unanswered = paper.questions.filter(function (q) { return !answered(q); }).length;
    var flagged = paper.questions.filter(function (q) { return (state[q.id] || {}).flag; }).length;
    add(el("h1", { text: t("submit_title") }), el("p", { text: t("submit_ask") }),
        el("p", { id: "unanswered", text: unanswered ? t("not_answered", unanswered) : t("all_answered") }),
        flagged ? el("p", { id: "flagged", text: t("flagged_count", flagged) }) : null,
        el("p", { text: t("no_change") }),
        queue().length ? el("p", { "class": "msg", role: "alert", text: t("submit_waiting") }) : null,
        message ? el("p", { "class": "msg", role: "alert", text: message }) : null,
        el("div", { "class": "row" }, [
          el("button", { type: "button", id: "back", text: t("back_test"), on: function () { message = ""; go("question"); } }),
          el("button", { type: "button", id: "confirm", "class": "primary", text: t("submit"), disabled: queue().length > 0,
                         on: function () { submitNow("submit"); } })
        ]));
  }
  function renderThanks() {
    var r = result || {};
    add(el("h1", { text: t("thanks") }), el("p", { id: "done", text: r.reason === "time_out" ? t("done_time") : t("done") }),
        typeof r.score_pct === "number" ? el("p", { "class": "score", id: "score",
                                               text: t(r.pending ? "score_so_far" : "score", Math.round(r.score_pct)) }) : null,
        el("p", { text: t("close_page") }),
        // On a shared tablet or laptop browser: clear this participant away for the next one.
        el("button", { "class": "big", type: "button", id: "finish", text: t("finish"), on: function () {
          forget(); delete store.code; delete store.done; save(); result = null; message = ""; go("language");
        } }));
  }

  // -- time -----------------------------------------------------------------------
  function tick() {
    var timer = document.getElementById("timer"), warning = document.getElementById("warning");
    var s = left();
    if (s === null || !paper || screen === "thanks" || screen === "checkin" || screen === "language") {
      timer.textContent = ""; warning.hidden = true; return;
    }
    var whole = Math.ceil(s);
    timer.textContent = t("time_left", ("0" + Math.floor(whole / 60)).slice(-2) + ":" + ("0" + whole % 60).slice(-2));
    if (s <= 300 && warned < 1) warned = 1;
    if (s <= 60 && warned < 2) warned = 2;
    warning.hidden = !warned;
    warning.textContent = warned === 2 ? t("one_left") : t("five_left");
    if (s <= 0 && screen !== "thanks") submitNow("time_out");
  }

  // -- keys, language, start --------------------------------------------------------
  document.addEventListener("keydown", function (e) {
    if (screen !== "question" || e.ctrlKey || e.altKey || e.metaKey) return;
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea") return;
    var k = e.key;
    if (k === "ArrowRight" || k === "PageDown") move(1);
    else if (k === "ArrowLeft" || k === "PageUp") move(-1);
    else if (k === "f" || k === "F") document.getElementById("flag").click();
    else {
      var i = "123456789".indexOf(k) >= 0 ? "123456789".indexOf(k) : "abcdefghi".indexOf(k.toLowerCase());
      var b = i >= 0 && document.getElementById("opt-" + i);
      if (b) { b.click(); var again = document.getElementById("opt-" + i); if (again) again.focus(); }
    }
  });
  document.getElementById("lang").addEventListener("click", function () {
    store.lang = store.lang === "id" ? "en" : "id";
    save(); render(); ping();
  });
  window.addEventListener("online", pump);
  setInterval(tick, 1000);
  setInterval(ping, 10000);
  setInterval(pump, 5000);

  if (store.attempt && store.code && store.lang) { screen = "checkin"; render(); checkIn(false); }
  else { screen = store.lang ? "checkin" : "language"; render(); }
})();
