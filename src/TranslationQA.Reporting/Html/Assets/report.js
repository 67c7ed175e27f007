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

  function initArticle() {
    var list = document.querySelector('ol.findings');
    var filters = document.querySelector('[data-finding-filters]');
    if (!list || !filters) { return; }
    var items = Array.prototype.slice.call(list.querySelectorAll('li.finding'));
    var boxes = Array.prototype.slice.call(filters.querySelectorAll('input[name=severity]'));
    var category = filters.querySelector('select');
    var counter = filters.querySelector('[data-count]');
    filters.hidden = false;

    function apply() {
      var severities = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      var shown = 0;
      items.forEach(function (item) {
        var ok = severities.indexOf(item.getAttribute('data-severity')) >= 0 &&
          (!category.value || item.getAttribute('data-category') === category.value);
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
    initArticle();
    initGlossToggle();
    document.documentElement.setAttribute('data-js', 'ready');
  } catch (e) {
    document.documentElement.setAttribute('data-js', 'error');
    throw e;
  }
}());
