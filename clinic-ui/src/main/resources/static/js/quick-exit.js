// Quick exit: leave at once for a neutral page, and leave nothing to go "back" to.
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
