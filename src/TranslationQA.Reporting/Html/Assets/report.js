// TranslationQA report: progressive enhancement only. Without this script every row and finding is shown.
(function () {
  'use strict';

  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.getAttribute('data-value') || cell.textContent.trim();
    return numeric ? parseFloat(raw) || 0 : raw.toLowerCase();
  }

  function initIndex() {
    var table = document.querySelector('table[data-sortable]');
    if (!table) { return; }
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var pageSize = parseInt(table.getAttribute('data-page-size'), 10) || 200;
    var filters = document.querySelector('[data-index-filters]');
    var search = filters.querySelector('input[type=search]');
    var verdict = filters.querySelector('select');
    var counter = filters.querySelector('[data-count]');
    var paging = document.querySelector('[data-paging]');
    var prev = paging.querySelector('[data-prev]');
    var next = paging.querySelector('[data-next]');
    var pageLabel = paging.querySelector('[data-page]');
    var page = 0;
    filters.hidden = false;

    function apply() {
      var text = search.value.trim().toLowerCase();
      var wanted = verdict.value;
      var shown = rows.filter(function (row) {
        var ok = (!wanted || row.getAttribute('data-verdict') === wanted) &&
          (!text || row.getAttribute('data-search').indexOf(text) >= 0);
        row.hidden = !ok;
        return ok;
      });
      var pages = Math.max(1, Math.ceil(shown.length / pageSize));
      page = Math.min(page, pages - 1);
      shown.forEach(function (row, i) {
        row.classList.toggle('paged-out', Math.floor(i / pageSize) !== page);
      });
      counter.textContent = shown.length + ' of ' + rows.length + ' articles';
      paging.hidden = pages < 2;
      pageLabel.textContent = 'Page ' + (page + 1) + ' of ' + pages;
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }

    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = th.querySelector('button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.classList.contains('num');
        rows.sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          var order = x < y ? -1 : x > y ? 1 : 0;
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        page = 0;
        apply();
      });
    });
    search.addEventListener('input', function () { page = 0; apply(); });
    verdict.addEventListener('change', function () { page = 0; apply(); });
    prev.addEventListener('click', function () { page -= 1; apply(); });
    next.addEventListener('click', function () { page += 1; apply(); });
    apply();
  }

  // Reviewer decisions, kept in the browser's localStorage by finding fingerprint. Every file:// page of a report
  // shares one store in Chromium, so the index sees the decisions made on the article pages; where storage is
  // refused the decisions last as long as the page.
  var STORE_KEY = 'translationqa.decisions';
  var memoryStore = {};

  function loadDecisions() {
    try {
      var text = window.localStorage.getItem(STORE_KEY);
      return text ? JSON.parse(text) : {};
    } catch (e) {
      return memoryStore;
    }
  }

  function saveDecisions(decisions) {
    memoryStore = decisions;
    try { window.localStorage.setItem(STORE_KEY, JSON.stringify(decisions)); } catch (e) { /* kept in memory */ }
  }

  function describe(el) {
    return {
      fingerprint: el.getAttribute('data-fingerprint'),
      rule: el.getAttribute('data-rule'),
      article: el.getAttribute('data-article') || el.closest('[data-article]').getAttribute('data-article'),
      targetText: el.getAttribute('data-target')
    };
  }

  // A suppression the report already applied counts as a decision, unless the reviewer has decided otherwise since.
  function seedSuppressions(elements) {
    var decisions = loadDecisions();
    var added = false;
    elements.forEach(function (el) {
      var fingerprint = el.getAttribute('data-fingerprint');
      var why = el.getAttribute('data-justification');
      if (why !== null && !decisions[fingerprint]) {
        var entry = describe(el);
        entry.decision = 'not-an-error';
        entry.justification = why;
        decisions[fingerprint] = entry;
        added = true;
      }
    });
    if (added) { saveDecisions(decisions); }
  }

  function suppressionFile() {
    var decisions = loadDecisions();
    var list = Object.keys(decisions).map(function (k) { return decisions[k]; })
      .filter(function (d) { return d.decision === 'not-an-error'; })
      .map(function (d) {
        var entry = { fingerprint: d.fingerprint, rule: d.rule, article: d.article, targetText: d.targetText, justification: d.justification };
        if (d.decidedAt) { entry.decidedAt = d.decidedAt; }
        return entry;
      });
    list.sort(function (a, b) {
      var x = a.article + '\u0000' + a.rule + '\u0000' + a.fingerprint, y = b.article + '\u0000' + b.rule + '\u0000' + b.fingerprint;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    return { version: 1, suppressions: list };
  }

  function initDownload() {
    var bar = document.querySelector('[data-decisions-bar]');
    if (!bar) { return; }
    var button = bar.querySelector('[data-download]');
    var count = bar.querySelector('[data-decision-count]');
    bar.hidden = false;

    function update() {
      var n = suppressionFile().suppressions.length;
      count.textContent = n === 1 ? '1 finding judged not an error' : n + ' findings judged not an error';
    }

    button.addEventListener('click', function () {
      var blob = new Blob([JSON.stringify(suppressionFile(), null, 2) + '\n'], { type: 'application/json' });
      var url = URL.createObjectURL(blob);
      var link = document.createElement('a');
      link.href = url;
      link.download = 'translationqa.suppressions.json';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    });
    document.addEventListener('translationqa-decision', update);
    window.addEventListener('storage', update);
    update();
  }

  function initDecisions(items, changed) {
    items.forEach(function (item) {
      var controls = item.querySelector('[data-decision-controls]');
      if (!controls) { return; }
      var state = controls.querySelector('[data-decision-state]');
      var why = controls.querySelector('[data-why]');
      var whyText = controls.querySelector('[data-why-text]');
      var fingerprint = item.getAttribute('data-fingerprint');
      controls.hidden = false;

      function show() {
        var decision = loadDecisions()[fingerprint];
        var value = decision ? decision.decision : '';
        item.setAttribute('data-decision', value || 'open');
        item.classList.toggle('not-an-error', value === 'not-an-error');
        state.textContent = value === 'not-an-error' ? 'Not an error: ' + decision.justification
          : value === 'confirmed' ? 'Confirmed' : '';
      }

      function decide(value, justification) {
        var decisions = loadDecisions();
        var entry = describe(item);
        entry.decision = value;
        entry.decidedAt = new Date().toISOString();
        if (justification) { entry.justification = justification; }
        decisions[fingerprint] = entry;
        saveDecisions(decisions);
        show();
        changed();
        document.dispatchEvent(new CustomEvent('translationqa-decision'));
      }

      controls.querySelector('[data-not-error]').addEventListener('click', function () {
        why.hidden = false;
        whyText.focus();
      });
      controls.querySelector('[data-why-save]').addEventListener('click', function () {
        var text = whyText.value.trim();
        if (!text) { whyText.focus(); return; }
        why.hidden = true;
        decide('not-an-error', text);
      });
      whyText.addEventListener('keydown', function (e) {
        if (e.key === 'Enter') { controls.querySelector('[data-why-save]').click(); }
      });
      controls.querySelector('[data-confirm]').addEventListener('click', function () {
        why.hidden = true;
        decide('confirmed');
      });
      show();
    });
  }

  function initArticle() {
    var list = document.querySelector('ol.findings');
    var filters = document.querySelector('[data-finding-filters]');
    if (!list || !filters) { return; }
    var items = Array.prototype.slice.call(list.querySelectorAll('li.finding'));
    var boxes = Array.prototype.slice.call(filters.querySelectorAll('input[name=severity]'));
    var category = filters.querySelector('select');
    var decision = filters.querySelector('[data-decision-filter]');
    var counter = filters.querySelector('[data-count]');
    filters.hidden = false;
    seedSuppressions(items);

    function apply() {
      var severities = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      var shown = 0;
      items.forEach(function (item) {
        var ok = severities.indexOf(item.getAttribute('data-severity')) >= 0 &&
          (!category.value || item.getAttribute('data-category') === category.value) &&
          (!decision.value || item.getAttribute('data-decision') === decision.value);
        item.hidden = !ok;
        if (ok) { shown += 1; }
        var number = item.getAttribute('data-finding');
        document.querySelectorAll('[data-finding="' + number + '"]').forEach(function (el) {
          if (el.tagName === 'MARK') { el.classList.toggle('off', !ok); } else if (el !== item) { el.hidden = !ok; }
        });
      });
      counter.textContent = 'Showing ' + shown + ' of ' + items.length + ' findings';
    }

    boxes.forEach(function (b) { b.addEventListener('change', apply); });
    category.addEventListener('change', apply);
    decision.addEventListener('change', apply);
    initDecisions(items, apply);
    apply();
  }

  // The plain-gloss toggle: the same sentences without the marks of words without counterpart.
  function initGlossToggle() {
    var button = document.querySelector('[data-plain-toggle]');
    var table = document.querySelector('table.align');
    if (!button || !table) { return; }
    button.hidden = false;
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', function () {
      var plain = table.classList.toggle('plain');
      button.setAttribute('aria-pressed', plain ? 'true' : 'false');
      button.textContent = plain ? 'Mark gaps' : 'Plain gloss';
    });
  }

  try {
    initIndex();
    seedSuppressions(Array.prototype.slice.call(document.querySelectorAll('[data-suppressions] li')));
    initArticle();
    initDownload();
    initGlossToggle();
    document.documentElement.setAttribute('data-js', 'ready');
  } catch (e) {
    document.documentElement.setAttribute('data-js', 'error');
    throw e;
  }
}());
