/*
 * Shows the results of a search on a Leaflet map, and one listing on the map of its page. The pages work without it:
 * the list above the results map is the same results, and the listing page has a link or a note in place of its map.
 * After the map is moved or zoomed, "Search this area" loads the same search limited to the visible area, through
 * the south, west, north and east query parameters, so the area stays in a shareable link.
 */
(function () {
  'use strict';

  if (!window.L) {
    return;
  }
  useServedMarkerImages();
  var listingMap = document.querySelector('[data-listing-map]');
  if (listingMap) {
    showListing(listingMap);
  }

  var container = document.querySelector('[data-results-map]');
  if (!container) {
    return;
  }
  var markers = JSON.parse(container.getAttribute('data-markers') || '[]');
  var map = window.L.map(container, { scrollWheelZoom: false });
  window.L.tileLayer(container.getAttribute('data-tile-url'), {
    attribution: container.getAttribute('data-attribution') || '',
    maxZoom: 19
  }).addTo(map);

  var points = markers.map(function (marker) {
    var link = document.createElement('a');
    link.href = marker.path;
    link.textContent = marker.price + ' · ' + marker.label;
    window.L.marker([marker.lat, marker.lng], { title: marker.label, alt: marker.label })
      .bindPopup(link)
      .addTo(map);
    return [marker.lat, marker.lng];
  });

  var bounds = (container.getAttribute('data-bounds') || '').split(',').map(Number);
  if (bounds.length === 4 && bounds.every(isFinite)) {
    map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]]);
  } else if (points.length > 0) {
    map.fitBounds(points, { padding: [24, 24], maxZoom: 15 });
  } else {
    map.setView([39.5, -98.35], 4);
  }

  var searchArea = document.createElement('button');
  searchArea.type = 'button';
  searchArea.className = 'map-search-area';
  searchArea.textContent = container.getAttribute('data-label-search-area');
  searchArea.hidden = true;
  container.parentNode.insertBefore(searchArea, container.nextSibling);

  map.on('moveend', function () {
    searchArea.hidden = false;
  });
  searchArea.addEventListener('click', function () {
    var area = map.getBounds();
    var url = new URL(container.getAttribute('data-query'), window.location.href);
    url.pathname = container.getAttribute('data-search-path');
    url.searchParams.delete('page');
    url.searchParams.set('south', area.getSouth().toFixed(6));
    url.searchParams.set('west', area.getWest().toFixed(6));
    url.searchParams.set('north', area.getNorth().toFixed(6));
    url.searchParams.set('east', area.getEast().toFixed(6));
    window.location.assign(url.toString());
  });

  // Leaflet looks for its marker images beside a stylesheet named leaflet.css, which fails once the names carry
  // content hashes, so the page passes the URLs at which the site serves them.
  function useServedMarkerImages() {
    var source = document.querySelector('[data-marker-icon-url]');
    if (!source) {
      return;
    }
    window.L.Icon.Default.imagePath = '';
    window.L.Icon.Default.mergeOptions({
      iconUrl: source.getAttribute('data-marker-icon-url'),
      iconRetinaUrl: source.getAttribute('data-marker-icon-retina-url'),
      shadowUrl: source.getAttribute('data-marker-shadow-url')
    });
  }

  // A listing whose address is withheld comes with a rounded point and a radius: it gets a circle, never a pin.
  function showListing(element) {
    var point = [Number(element.getAttribute('data-lat')), Number(element.getAttribute('data-lng'))];
    var radius = Number(element.getAttribute('data-radius'));
    var label = element.getAttribute('data-label');
    var map = window.L.map(element, { scrollWheelZoom: false });
    window.L.tileLayer(element.getAttribute('data-tile-url'), {
      attribution: element.getAttribute('data-attribution') || '',
      maxZoom: 19
    }).addTo(map);
    if (radius > 0) {
      // A circle has bounds only once the map has a view, so the view comes from the point and the radius.
      map.fitBounds(window.L.latLng(point).toBounds(radius * 2));
      window.L.circle(point, { radius: radius }).bindTooltip(label).addTo(map);
    } else {
      window.L.marker(point, { title: label, alt: label }).addTo(map);
      map.setView(point, 15);
    }
  }
})();
