// Live preview (bmm:serve only): reload on a good bake, show the problems of a failed one.
(function () {
  'use strict';
  var overlay = null;

  function showProblems(text) {
    if (!overlay) {
      var style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = '/__bmm/live.css';
      document.head.appendChild(style);
      overlay = document.createElement('section');
      overlay.className = 'bmm-live-problems';
      overlay.setAttribute('role', 'alert');
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var title = document.createElement('h2');
    title.textContent = 'El sitio no se pudo generar; se muestra la última versión buena';
    var list = document.createElement('pre');
    list.textContent = text;
    overlay.appendChild(title);
    overlay.appendChild(list);
  }

  var events = new EventSource('/__bmm/events');
  // Lets a test (or a curious author) see that the page listens for bakes.
  events.addEventListener('open', function () { document.documentElement.setAttribute('data-bmm-live', 'connected'); });
  events.addEventListener('reload', function () { window.location.reload(); });
  events.addEventListener('problems', function (event) { showProblems(event.data); });
}());
