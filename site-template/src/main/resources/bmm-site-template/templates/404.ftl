<#-- Served by GitHub Pages for any missing address, at any depth: links are absolute when the site's address is known. -->
<#assign root = config.site_host?has_content?then(config.site_host?ensure_ends_with("/"), content.rootpath)>
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs [] root/>
    <h1>${m.msg("notFound.title")}</h1>
    <p class="lead">${m.msg("notFound.lead")}</p>
    <ul>
      <li><a href="${root}index.html">${m.msg("notFound.home")}</a></li>
      <li><a href="${root}search.html">${m.msg("search.box")}</a></li>
    </ul>
  </main>
<#include "footer.ftl">
