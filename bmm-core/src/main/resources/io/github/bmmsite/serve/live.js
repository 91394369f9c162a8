// Live preview (bmm:serve only): reload on a good bake, show the problems of a failed one.
(function () {
  'use strict';
  // The server says which version of the site this page is, and the problems of the last bake if it failed.
  var script = document.currentScript;
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
      overlay.setAttribute('aria-labelledby', 'bmm-live-problems-title');
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    overlay.hidden = false;
    var title = document.createElement('h2');
    title.id = 'bmm-live-problems-title';
    title.textContent = 'El sitio no se pudo generar; se muestra la última versión buena';
    var list = document.createElement('pre');
    list.textContent = text;
    var hide = document.createElement('button');
    hide.type = 'button';
    hide.textContent = 'Ocultar';
    hide.addEventListener('click', function () { overlay.hidden = true; });
    overlay.appendChild(title);
    overlay.appendChild(list);
    overlay.appendChild(hide);
  }

  if (script.dataset.problems) {
    showProblems(script.dataset.problems);
  }
  var events = new EventSource('/__bmm/events?site=' + encodeURIComponent(script.dataset.site));
  // Lets a test (or a curious author) see that the page listens for bakes.
  events.addEventListener('open', function () { document.documentElement.setAttribute('data-bmm-live', 'connected'); });
  events.addEventListener('reload', function () { window.location.reload(); });
  events.addEventListener('problems', function (event) { showProblems(event.data); });
}());
