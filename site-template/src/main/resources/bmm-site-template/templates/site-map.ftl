<#-- The site map for people: the site's sections, each with the page that lists it (its list under indice/
     when it has one, else its part of the home page), and so as long on a site of ten thousand elements as
     on one of ten (sitemap.xml lists every page, for search engines). -->
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs []/>
    <h1>${m.msg("siteMap.title")}</h1>
    <p class="lead">${m.msg("siteMap.lead")}</p>
    <ul class="site-map">
      <li><a href="index.html">${m.msg("nav.home")}</a></li>
<#assign ownDocuments = data.documents?filter(d -> d.ownText)>
<#if ownDocuments?has_content>
      <li><a href="${data.lists.documents!"index.html#documentos"}">${m.msg("home.documents")}</a> <span class="count">(${ownDocuments?size})</span></li>
</#if>
      <li><a href="${data.lists.views!"index.html#vistas"}">${m.msg("home.views")}</a> <span class="count">(${m.count("count.views", data.views?size)})</span></li>
<#if data.modelTree??>
      <li><a href="${data.modelTree.uri}">${m.msg("home.viewsByFolder")}</a></li>
</#if>
      <li><a href="${data.lists.groups!"index.html#grupos"}">${m.msg("home.groups")}</a> <span class="count">(${m.count("count.groups", data.groups?size)})</span></li>
<#if data.matrices?has_content>
      <li><a href="${data.lists.matrices!"index.html#matrices"}">${m.msg("home.matrices")}</a> <span class="count">(${data.matrices?size})</span></li>
</#if>
<#if data.lists.elements??>
      <li><a href="${data.lists.elements}">${m.msg("home.allElements")}</a> <span class="count">(${m.count("count.elements", data.elements?size)})</span></li>
</#if>
      <li><a href="search.html">${m.msg("search.box")}</a></li>
      <li><a href="datos/index.html">${m.msg("openData.title")}</a></li>
    </ul>
  </main>
<#include "footer.ftl">
