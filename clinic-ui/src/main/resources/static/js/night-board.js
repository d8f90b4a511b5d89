// The night board reloads itself when the night changes (a booking, a check-in, an offer), and at closing time.
(function () {
  'use strict';
  var board = document.getElementById('night-board');
  if (!board || !window.EventSource) {
    return;
  }
  var first = true;
  var source = new EventSource(board.getAttribute('data-stream'));
  source.addEventListener('night-board', function () {
    if (first) {
      first = false; // the board as it is now: the page already shows it
      return;
    }
    source.close();
    window.location.reload();
  });
})();
