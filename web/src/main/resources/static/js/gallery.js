/*
 * Enhances the server-rendered photo gallery: Previous, Next and the thumbnails swap the large photo without
 * reloading the page, and the left and right arrow keys page through the photos. Without this script the same
 * links load ?photo=N, so the gallery works either way.
 */
(function () {
  'use strict';

  function enhance(gallery) {
    var image = gallery.querySelector('[data-gallery-image]');
    var counter = gallery.querySelector('[data-gallery-counter]');
    var previous = gallery.querySelector('[data-gallery-previous]');
    var next = gallery.querySelector('[data-gallery-next]');
    var thumbnails = Array.prototype.slice.call(gallery.querySelectorAll('[data-gallery-thumbnail]'));
    var counterFormat = gallery.getAttribute('data-counter-format');
    var current = parseInt(gallery.getAttribute('data-current'), 10) || 1;
    if (!image || !counter || !previous || !next || thumbnails.length === 0) {
      return;
    }

    function updateLink(link, number) {
      if (number >= 1 && number <= thumbnails.length) {
        link.setAttribute('href', thumbnails[number - 1].getAttribute('href'));
        link.removeAttribute('aria-disabled');
      } else {
        link.removeAttribute('href');
        link.setAttribute('aria-disabled', 'true');
      }
    }

    function preload(number) {
      if (number >= 1 && number <= thumbnails.length) {
        new Image().src = thumbnails[number - 1].getAttribute('data-display-src');
      }
    }

    function show(number) {
      if (number < 1 || number > thumbnails.length || number === current) {
        return;
      }
      var thumbnail = thumbnails[number - 1];
      image.setAttribute('src', thumbnail.getAttribute('data-display-src'));
      image.setAttribute('alt', thumbnail.getAttribute('data-alt'));
      counter.textContent = counterFormat
        .replace('{current}', String(number))
        .replace('{total}', String(thumbnails.length));
      thumbnails.forEach(function (each, index) {
        if (index === number - 1) {
          each.setAttribute('aria-current', 'true');
        } else {
          each.removeAttribute('aria-current');
        }
      });
      current = number;
      gallery.setAttribute('data-current', String(number));
      updateLink(previous, number - 1);
      updateLink(next, number + 1);
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, '', thumbnail.getAttribute('href'));
      }
      preload(number + 1);
    }

    function onClick(step) {
      return function (event) {
        var target = current + step;
        if (target >= 1 && target <= thumbnails.length) {
          event.preventDefault();
          show(target);
        }
      };
    }

    previous.addEventListener('click', onClick(-1));
    next.addEventListener('click', onClick(1));
    thumbnails.forEach(function (thumbnail, index) {
      thumbnail.addEventListener('click', function (event) {
        event.preventDefault();
        show(index + 1);
      });
    });

    document.addEventListener('keydown', function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
      }
      var target = event.target;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
        return;
      }
      if (event.key === 'ArrowLeft' && current > 1) {
        event.preventDefault();
        show(current - 1);
      } else if (event.key === 'ArrowRight' && current < thumbnails.length) {
        event.preventDefault();
        show(current + 1);
      }
    });

    preload(current + 1);
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-gallery]'), enhance);
})();
