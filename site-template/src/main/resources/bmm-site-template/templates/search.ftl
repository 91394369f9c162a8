<#import "macros.ftl" as m>
<#-- Only this page needs the search styles. -->
<#assign pageStylesheets = ["assets/css/search.css"]>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs []/>
    <h1>Buscar</h1>
    <form class="search-page-form" action="search.html" method="get" role="search">
      <label for="buscar-consulta">Palabras o código que busca</label>
      <p id="buscar-ayuda" class="search-help">Los resultados aparecen mientras escribe. Use las flechas para recorrerlos, Intro para abrir uno y Escape para volver al cuadro.</p>
      <input id="buscar-consulta" name="q" type="search" autocomplete="off" aria-describedby="buscar-ayuda" aria-controls="buscar-resultados">
      <button type="submit">Buscar</button>
    </form>
    <p id="buscar-estado" class="search-status" role="status" aria-live="polite"></p>
    <ol id="buscar-resultados" class="search-results" data-root="${content.rootpath}"></ol>
    <button id="buscar-mas" class="search-more" type="button" hidden>Mostrar más resultados</button>
    <noscript><p>La búsqueda necesita JavaScript. Puede recorrer los <a href="index.html">grupos y elementos desde el inicio</a>.</p></noscript>
  </main>
  <script src="${content.rootpath}assets/vendor/lunr/lunr.min.js"></script>
  <script src="${content.rootpath}search-index.js"></script>
  <script src="${content.rootpath}assets/js/search-spanish.js"></script>
  <script src="${content.rootpath}assets/js/search.js"></script>
<#include "footer.ftl">
