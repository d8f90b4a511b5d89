// The waiting-room screen: redraw the call numbers and rooms every few seconds. Text only, never HTML.
(function () {
  'use strict';
  var table = document.getElementById('waiting-room');
  if (!table || !window.fetch) { return; }
  var empty = document.getElementById('waiting-room-empty');

  function cell(text, className) {
    var td = document.createElement('td');
    td.textContent = String(text);
    if (className) { td.className = className; }
    return td;
  }

  function draw(called) {
    var body = document.createElement('tbody');
    called.forEach(function (c) {
      var row = document.createElement('tr');
      row.appendChild(cell(c.callNumber, 'call-number'));
      row.appendChild(cell(c.room));
      body.appendChild(row);
    });
    table.replaceChild(body, table.tBodies[0]);
    empty.hidden = called.length > 0;
  }

  function look() {
    fetch(table.dataset.source, { credentials: 'omit' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (called) { if (called) { draw(called); } })
      .catch(function () { /* the next look tries again */ });
  }

  setInterval(look, 5000);
})();
