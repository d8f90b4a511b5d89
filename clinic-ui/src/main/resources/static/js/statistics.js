// Draws the statistics page's charts from its own tables (the tables are what a screen reader and the CSV read).
// A figure shown as "fewer than 5" has no data-value and leaves a gap: it is never drawn as a number.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }

  function value(cell) {
    var v = cell && cell.getAttribute('data-value');
    return v === null || v === '' ? null : Number(v);
  }

  function byService(rows, keyOf, figure) {
    var keys = [];
    var series = {};
    rows.forEach(function (row) {
      var key = keyOf(row);
      if (keys.indexOf(key) < 0) {
        keys.push(key);
      }
      var service = row.getAttribute('data-service');
      series[service] = series[service] || {};
      series[service][key] = value(row.querySelector('[data-figure="' + figure + '"]'));
    });
    var datasets = Object.keys(series).map(function (service) {
      var label = service;
      var named = document.querySelector('tr[data-service="' + service + '"] th');
      if (named) {
        label = named.textContent;
      }
      return { label: label, data: keys.map(function (k) { return series[service][k]; }), spanGaps: false };
    });
    return { labels: keys, datasets: datasets };
  }

  function draw(id, type, data) {
    var canvas = document.getElementById(id);
    if (canvas && data.labels.length > 0) {
      new Chart(canvas, { type: type, data: data, options: { animation: false, scales: { y: { beginAtZero: true } } } });
    }
  }

  var weeks = Array.prototype.slice.call(document.querySelectorAll('#weeks tbody tr'));
  draw('chart-weeks', 'line', byService(weeks, function (r) { return r.getAttribute('data-week'); }, 'bookings'));

  var monthRows = Array.prototype.slice.call(document.querySelectorAll('table.figures tbody tr'));
  var monthOf = function (r) { return r.closest('table').getAttribute('data-month'); };
  draw('chart-no-shows', 'bar', byService(monthRows, monthOf, 'no-shows'));
  draw('chart-waits', 'line', byService(monthRows, monthOf, 'median-wait'));
}());
