// Reception's dashboard: redraw the table from each Server-Sent Event. Text only, never HTML.
(function () {
  'use strict';
  var table = document.getElementById('dashboard');
  if (!table || !window.EventSource) { return; }
  var labels = table.dataset;

  function label(code) {
    var key = 'label' + code.split('-').map(function (p) { return p.charAt(0).toUpperCase() + p.slice(1); }).join('');
    return labels[key] || labels.labelPrivate;
  }

  function time(iso) { return iso.substring(11, 16); }

  function cell(text, className) {
    var td = document.createElement('td');
    td.textContent = String(text);
    if (className) { td.className = className; }
    return td;
  }

  function draw(summary) {
    var body = document.createElement('tbody');
    summary.sessions.forEach(function (line) {
      var row = document.createElement('tr');
      row.dataset.session = line.sessionId;
      row.appendChild(cell(time(line.start) + '\u2013' + time(line.end)));
      row.appendChild(cell(label(line.service)));
      row.appendChild(cell(line.booked, 'booked'));
      row.appendChild(cell(line.free, 'free'));
      body.appendChild(row);
    });
    table.replaceChild(body, table.tBodies[0]);
    document.getElementById('booked').textContent = String(summary.booked);
    document.getElementById('free').textContent = String(summary.free);
  }

  var source = new EventSource(table.dataset.stream);
  source.addEventListener('dashboard', function (event) { draw(JSON.parse(event.data)); });
})();
