<#-- Served by GitHub Pages for any missing address, at any depth: links are absolute when the site's address is known. -->
<#assign root = config.site_host?has_content?then(config.site_host?ensure_ends_with("/"), content.rootpath)>
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs [] root/>
    <h1>Página no encontrada</h1>
    <p class="lead">La dirección que buscaba no existe o cambió de lugar.</p>
    <ul>
      <li><a href="${root}index.html">Ir al inicio</a></li>
      <li><a href="${root}search.html">Buscar en el sitio</a></li>
    </ul>
  </main>
<#include "footer.ftl">
