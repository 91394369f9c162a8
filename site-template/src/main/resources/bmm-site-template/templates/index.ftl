<#import "macros.ftl" as m>
<#import "traceability.ftl" as t>
<#include "header.ftl">
<#include "menu.ftl">
<#-- Each list shows its first data.pageSize entries; a longer one links to its own pages (data.lists).
     Elements are many: only the link to their list. -->
  <main id="contenido" tabindex="-1">
    <h1>${config.site_title}</h1>
    <@m.draftNotice/>
<#if config.site_description?has_content>
    <p class="lead">${config.site_description}</p>
</#if>
<#assign ownDocuments = (data.documents![])?filter(d -> d.ownText)>
<#if ownDocuments?has_content>
    <section aria-labelledby="documentos">
      <h2 id="documentos">${m.msg("home.documents")}</h2>
      <ul class="card-list">
<#list ownDocuments[0..*data.pageSize] as document>
        <li class="card"><a href="${content.rootpath}${document.uri}">${m.marked(document.title)}</a></li>
</#list>
      </ul>
<#if data.lists.documents??>
      <p class="more"><a href="${content.rootpath}${data.lists.documents}">${m.msg("home.moreDocuments", ownDocuments?size?c)}</a></p>
</#if>
    </section>
</#if>
    <section aria-labelledby="vistas">
      <h2 id="vistas">${m.msg("home.views")}</h2>
<#if data.modelTree??>
      <p><a href="${content.rootpath}${data.modelTree.uri}">${m.msg("home.viewsByFolder")}</a></p>
</#if>
      <ul class="card-list view-cards">
<#list data.views[0..*data.pageSize] as view>
<@m.viewCard view/>
</#list>
      </ul>
<#if data.lists.views??>
      <p class="more"><a href="${content.rootpath}${data.lists.views}">${m.msg("home.moreViews", data.views?size?c)}</a></p>
</#if>
    </section>
    <section aria-labelledby="grupos">
      <h2 id="grupos">${m.msg("home.groups")}</h2>
      <ul class="group-list">
<#list data.groups[0..*data.pageSize] as group>
        <li><a href="${content.rootpath}${group.uri}">${m.marked(group.name)}</a> <span class="count">(<@m.elementCount group.size/>)</span></li>
</#list>
      </ul>
<#if data.lists.groups??>
      <p class="more"><a href="${content.rootpath}${data.lists.groups}">${m.msg("home.moreGroups", data.groups?size?c)}</a></p>
</#if>
    </section>
<#if data.matrices?has_content>
    <section aria-labelledby="matrices">
      <h2 id="matrices">${m.msg("home.matrices")}</h2>
<@t.matrixList data.matrices[0..*data.pageSize]/>
<#if data.lists.matrices??>
      <p class="more"><a href="${content.rootpath}${data.lists.matrices}">${m.msg("home.moreMatrices", data.matrices?size?c)}</a></p>
</#if>
    </section>
</#if>
<#if data.lists.elements??>
    <section aria-labelledby="elementos">
      <h2 id="elementos">${m.msg("home.allElements")}</h2>
      <p class="more"><a href="${content.rootpath}${data.lists.elements}">${m.msg("home.elementList", data.elements?size?c)}</a></p>
    </section>
</#if>
  </main>
<#include "footer.ftl">
