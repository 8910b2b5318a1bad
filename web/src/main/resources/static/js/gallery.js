/*
 * Enhances the server-rendered photo gallery: Previous, Next and the thumbnails swap the large photo without
 * reloading the page, and the left and right arrow keys page through the photos. Without this script the same
 * links load ?photo=N, so the gallery works either way. A full-screen view (a modal dialog) adds swiping on touch
 * screens; Escape closes it and returns focus to the button that opened it.
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
        link.removeAttribute('role');
      } else {
        link.removeAttribute('href');
        link.setAttribute('aria-disabled', 'true');
        // Without href the link is not a link to crawlers, so the role keeps it one for assistive technology.
        link.setAttribute('role', 'link');
      }
    }

    function preload(number) {
      if (number >= 1 && number <= thumbnails.length) {
        new Image().src = thumbnails[number - 1].getAttribute('data-display-src');
      }
    }

    var lightbox = createLightbox();

    function show(number) {
      if (number < 1 || number > thumbnails.length || number === current) {
        return;
      }
      var thumbnail = thumbnails[number - 1];
      image.setAttribute('src', thumbnail.getAttribute('data-display-src'));
      image.setAttribute('srcset', thumbnail.getAttribute('data-thumbnail-src') + ' 320w, '
        + thumbnail.getAttribute('data-display-src') + ' 1024w');
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
      lightbox.update();
    }

    function createLightbox() {
      var opener = document.createElement('button');
      opener.type = 'button';
      opener.className = 'gallery-fullscreen';
      opener.textContent = gallery.getAttribute('data-label-open');
      counter.parentNode.appendChild(opener);

      var dialog = document.createElement('dialog');
      dialog.className = 'lightbox';
      dialog.setAttribute('aria-label', gallery.getAttribute('data-label-dialog'));
      var close = button('lightbox-close', gallery.getAttribute('data-label-close'));
      var big = document.createElement('img');
      big.className = 'lightbox-image';
      var back = button('lightbox-previous', gallery.getAttribute('data-label-previous'));
      var forward = button('lightbox-next', gallery.getAttribute('data-label-next'));
      var count = document.createElement('p');
      count.className = 'lightbox-counter';
      count.setAttribute('aria-live', 'polite');
      dialog.appendChild(close);
      dialog.appendChild(big);
      dialog.appendChild(back);
      dialog.appendChild(count);
      dialog.appendChild(forward);
      document.body.appendChild(dialog);

      function button(className, label) {
        var element = document.createElement('button');
        element.type = 'button';
        element.className = className;
        element.textContent = label;
        return element;
      }

      function update() {
        big.setAttribute('src', thumbnails[current - 1].getAttribute('data-display-src'));
        big.setAttribute('alt', image.getAttribute('alt'));
        count.textContent = counter.textContent;
        back.disabled = current <= 1;
        forward.disabled = current >= thumbnails.length;
      }

      opener.addEventListener('click', function () {
        update();
        dialog.showModal();
        close.focus();
      });
      image.addEventListener('click', function () {
        opener.click();
      });
      close.addEventListener('click', function () {
        dialog.close();
      });
      dialog.addEventListener('close', function () {
        opener.focus();
      });
      back.addEventListener('click', function () {
        show(current - 1);
      });
      forward.addEventListener('click', function () {
        show(current + 1);
      });

      var touchStartX = null;
      dialog.addEventListener('touchstart', function (event) {
        touchStartX = event.changedTouches[0].clientX;
      }, { passive: true });
      dialog.addEventListener('touchend', function (event) {
        if (touchStartX === null) {
          return;
        }
        var distance = event.changedTouches[0].clientX - touchStartX;
        touchStartX = null;
        if (Math.abs(distance) > 40) {
          show(distance < 0 ? current + 1 : current - 1);
        }
      });
      return { update: update };
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
