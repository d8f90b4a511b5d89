// Quick exit: leave at once for a neutral page. This page is replaced in the history, so Back does not return to
// it; earlier pages of this site stay in the history, which is why the pages suggest private browsing.
(function () {
  'use strict';
  function leave(event) {
    var link = document.getElementById('quick-exit');
    if (!link) { return; }
    if (event) { event.preventDefault(); }
    document.body.style.visibility = 'hidden';
    window.location.replace(link.href);
  }
  document.addEventListener('DOMContentLoaded', function () {
    var link = document.getElementById('quick-exit');
    if (link) { link.addEventListener('click', leave); }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { leave(event); }
  });
})();
