// Reception's board: redraw each service's line from each Server-Sent Event. Text only, never HTML.
(function () {
  'use strict';
  var board = document.getElementById('board');
  if (!board || !window.EventSource) { return; }
  var labels = board.dataset;

  function label(code) {
    var key = 'label' + code.split('-').map(function (p) { return p.charAt(0).toUpperCase() + p.slice(1); }).join('');
    var named = document.querySelector('#service-labels [data-service-label="' + code + '"]');
    return labels[key] || (named ? named.textContent : code);
  }

  function minutes(n) { return labels.labelMinutes.replace('{0}', String(n)); }

  function row(cells) {
    var tr = document.createElement('tr');
    cells.forEach(function (text) {
      var td = document.createElement('td');
      var bdi = document.createElement('bdi');
      bdi.textContent = String(text);
      td.appendChild(bdi);
      tr.appendChild(td);
    });
    return tr;
  }

  function fill(table, rows) {
    var body = document.createElement('tbody');
    rows.forEach(function (r) { body.appendChild(r); });
    table.replaceChild(body, table.tBodies[0]);
  }

  function name(pseudonym, line) {
    return pseudonym || (line.privateAppointments ? labels.labelPrivate : '\u2013');
  }

  // what reception arranges before the person arrives: the interpreter's language, the access needs
  function arrange(a) {
    var parts = [];
    if (a.interpreter) { parts.push(labels.labelInterpreter + ': ' + a.interpreter); }
    (a.accessTicks || []).forEach(function (t) { parts.push(label(t) + '.'); });
    if (a.access) { parts.push(a.access); }
    return parts.join(' ');
  }

  function draw(data) {
    data.services.forEach(function (line) {
      var section = board.querySelector('[data-service="' + line.service + '"]');
      if (!section) { return; }
      var strong = section.querySelectorAll('.totals strong');
      [line.counts.waiting, line.counts.called, line.counts.seen, line.counts.noShows].forEach(function (n, i) {
        strong[i].textContent = String(n);
      });
      strong[4].textContent = minutes(line.counts.averageWaitMinutes);
      fill(section.querySelector('table.waiting'), line.waiting.map(function (w) {
        return row([w.callNumber, name(w.pseudonym, line), w.priority ? label(w.priority) : labels.labelBooking,
          minutes(w.waitedMinutes), minutes(w.estimatedWaitMinutes)]);
      }));
      fill(section.querySelector('table.called'), line.called.map(function (c) {
        return row([c.callNumber, c.room]);
      }));
      fill(section.querySelector('table.arrivals'), line.arrivals.map(function (a) {
        return row([a.start.substring(11, 16), a.reference, name(a.pseudonym, line), label(a.status), arrange(a)]);
      }));
    });
  }

  var source = new EventSource(board.dataset.stream);
  source.addEventListener('board', function (event) { draw(JSON.parse(event.data)); });
})();
