// Reception's dashboard: redraw the table from each Server-Sent Event. Text only, never HTML.
(function () {
  'use strict';
  var table = document.getElementById('dashboard');
  if (!table || !window.EventSource) { return; }
  var labels = table.dataset;

  function label(code) {
    var key = 'label' + code.split('-').map(function (p) { return p.charAt(0).toUpperCase() + p.slice(1); }).join('');
    var named = document.querySelector('#service-labels [data-service-label="' + code + '"]');
    return labels[key] || (named ? named.textContent : labels.labelPrivate);
  }

  function time(iso) { return iso.substring(11, 16); }

  function cell(text, className) {
    var td = document.createElement('td');
    td.textContent = String(text);
    if (className) { td.className = className; }
    return td;
  }

  // one paragraph per booking to arrange for: its time, the interpreter's language, the access needs
  function arrangements(line) {
    var td = document.createElement('td');
    td.className = 'arrange';
    (line.arrangements || []).forEach(function (a) {
      var p = document.createElement('p');
      var parts = [time(a.start)];
      if (a.interpreter) { parts.push(labels.labelInterpreter + ': ' + a.interpreter); }
      (a.accessTicks || []).forEach(function (t) { parts.push(label(t) + '.'); });
      if (a.access) { parts.push(a.access); }
      var bdi = document.createElement('bdi');
      bdi.textContent = parts.join(' ');
      p.appendChild(bdi);
      td.appendChild(p);
    });
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
      row.appendChild(arrangements(line));
      body.appendChild(row);
    });
    table.replaceChild(body, table.tBodies[0]);
    document.getElementById('booked').textContent = String(summary.booked);
    document.getElementById('free').textContent = String(summary.free);
  }

  var source = new EventSource(table.dataset.stream);
  source.addEventListener('dashboard', function (event) { draw(JSON.parse(event.data)); });
})();
