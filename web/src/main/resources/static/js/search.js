/*
 * Suggests locations while the visitor types in the search box: cities, ZIP codes, subdivisions, street addresses
 * and MLS numbers from /search/suggestions, offered through a <datalist>. Without this script the box is a plain
 * text field and the search works the same.
 */
(function () {
  'use strict';

  var input = document.querySelector('[data-location-suggestions]');
  if (!input || !window.fetch) {
    return;
  }
  var list = document.createElement('datalist');
  list.id = input.id + '-suggestions';
  input.parentNode.appendChild(list);
  input.setAttribute('list', list.id);

  var timer = null;
  var latest = 0;
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    var text = input.value.trim();
    if (text.length < 2) {
      return;
    }
    timer = window.setTimeout(function () {
      var request = ++latest;
      fetch(input.getAttribute('data-location-suggestions') + '?q=' + encodeURIComponent(text), {
        headers: { Accept: 'application/json' }
      })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .then(function (suggestions) {
          if (request !== latest) {
            return;
          }
          list.textContent = '';
          suggestions.forEach(function (suggestion) {
            var option = document.createElement('option');
            option.value = suggestion.value;
            list.appendChild(option);
          });
        })
        .catch(function () {
          list.textContent = '';
        });
    }, 200);
  });
})();
