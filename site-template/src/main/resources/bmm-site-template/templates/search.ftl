<#import "macros.ftl" as m>
<#-- Only this page needs the search styles. -->
<#assign pageStylesheets = ["assets/css/search.css"]>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs []/>
    <h1>${m.msg("search.title")}</h1>
    <form class="search-page-form" action="search.html" method="get" role="search">
      <label for="buscar-consulta">${m.msg("search.query")}</label>
      <input id="buscar-consulta" name="q" type="search" autocomplete="off" aria-describedby="buscar-ayuda" aria-controls="buscar-resultados">
      <button type="submit">${m.msg("search.button")}</button>
<#-- For keyboard users: search.js shows it once a key moves the focus. Screen readers read it as the box's description either way. -->
      <p id="buscar-ayuda" class="search-help" hidden>${m.msg("search.help")}</p>
    </form>
    <p id="buscar-estado" class="search-status" role="status" aria-live="polite"></p>
    <#-- The script's words, and the language whose search rules it applies. -->
    <ol id="buscar-resultados" class="search-results" data-root="${content.rootpath}" data-language="${m.msg("search.language")}"
        data-none="${m.msg("search.none")}" data-found-one="${m.msg("search.found.one")}" data-found-other="${m.msg("search.found.other")}"
        data-first-shown="${m.msg("search.firstShown")}" data-unavailable="${m.msg("search.unavailable")}" data-failed="${m.msg("search.failed")}"
        data-searching="${m.msg("search.searching")}" data-group="${m.msg("search.group")}" data-quoted="${m.msg("text.quoted")}"
        data-unresolved="${m.msg("page.unresolvedPlaceholder")}"></ol>
    <button id="buscar-mas" class="search-more" type="button" hidden>${m.msg("search.more")}</button>
<#assign homeLink><a href="index.html">${m.msg("search.noScript.link")}</a></#assign><#t>
    <noscript><p>${m.html("search.noScript", homeLink)}</p></noscript>
  </main>
  <script src="${content.rootpath}assets/vendor/lunr/lunr.min.js" defer></script>
  <script src="${content.rootpath}search-index.js" defer></script>
  <script src="${content.rootpath}assets/js/search-spanish.js" defer></script>
  <script src="${content.rootpath}assets/js/search-data.js" defer></script>
  <script src="${content.rootpath}assets/js/search.js" defer></script>
<#include "footer.ftl">
