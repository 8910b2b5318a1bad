// Admin area: draws the run charts of the home page with uPlot, and follows the progress of a running run.
(function () {
	'use strict';

	function drawCharts() {
		if (typeof uPlot === 'undefined') {
			return;
		}
		document.querySelectorAll('.run-chart .chart[data-runs]').forEach(function (element) {
			var runs = JSON.parse(element.getAttribute('data-runs'));
			if (runs.time.length === 0) {
				return;
			}
			new uPlot({
				width: Math.max(320, element.clientWidth || 600),
				height: 200,
				series: [
					{},
					{ label: 'Duration (s)', stroke: '#2563eb', scale: 's' },
					{ label: 'Seen', stroke: '#16a34a', scale: 'n' },
					{ label: 'Errors', stroke: '#dc2626', scale: 'n' }
				],
				axes: [{}, { scale: 's' }, { scale: 'n', side: 1 }]
			}, [runs.time, runs.duration, runs.seen, runs.errors], element);
		});
	}

	function followProgress() {
		var page = document.querySelector('[data-progress-url]');
		if (!page) {
			return;
		}
		var url = page.getAttribute('data-progress-url');
		var timer = setInterval(function () {
			fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
				.then(function (response) { return response.json(); })
				.then(function (progress) {
					['seen', 'inserted', 'updated', 'unchanged', 'removed', 'photos', 'errors'].forEach(function (name) {
						var cell = page.querySelector('[data-field="' + name + '"]');
						if (cell) {
							cell.textContent = progress[name];
						}
					});
					var bar = page.querySelector('progress[data-field="percent"]');
					bar.value = progress.percent;
					bar.textContent = progress.percent + '%';
					if (!progress.running) {
						clearInterval(timer);
						window.location.reload();
					}
				})
				.catch(function () { clearInterval(timer); });
		}, 1000);
	}

	document.addEventListener('DOMContentLoaded', function () {
		drawCharts();
		followProgress();
	});
}());
