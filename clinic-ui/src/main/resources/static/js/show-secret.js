// "Show what I type" beside a secret's field: typing ten letters blind on a small phone is hard. The field starts
// masked, as someone may be looking over a shoulder; the person chooses.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-shows]').forEach(function (box) {
      var field = document.getElementById(box.getAttribute('data-shows'));
      if (!field) { return; }
      box.addEventListener('change', function () { field.type = box.checked ? 'text' : 'password'; });
    });
  });
})();
