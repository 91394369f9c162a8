<#import "macros.ftl" as m>
<#import "traceability.ftl" as t>
<#include "header.ftl">
<#include "menu.ftl">
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
<#list ownDocuments as document>
        <li class="card"><a href="${content.rootpath}${document.uri}">${m.marked(document.title)}</a></li>
</#list>
      </ul>
    </section>
</#if>
    <section aria-labelledby="vistas">
      <h2 id="vistas">${m.msg("home.views")}</h2>
<#if data.modelTree??>
      <p><a href="${content.rootpath}${data.modelTree.uri}">${m.msg("home.viewsByFolder")}</a></p>
</#if>
      <ul class="card-list">
<#list data.views as view>
        <li class="card"><a href="${content.rootpath}${view.uri}">${m.marked(view.title)}</a></li>
</#list>
      </ul>
    </section>
    <section aria-labelledby="grupos">
      <h2 id="grupos">${m.msg("home.groups")}</h2>
      <ul class="group-list">
<#list data.groups as group>
        <li><a href="${content.rootpath}${group.uri}">${m.marked(group.name)}</a> <span class="count">(<@m.elementCount group.size/>)</span></li>
</#list>
      </ul>
    </section>
<#if data.matrices?has_content>
    <section aria-labelledby="matrices">
      <h2 id="matrices">${m.msg("home.matrices")}</h2>
<@t.matrixList data.matrices/>
    </section>
</#if>
    <section aria-labelledby="elementos">
      <h2 id="elementos">${m.msg("home.allElements")}</h2>
      <ul class="element-list">
<#list data.elements as element>
<@m.elementItem element/>
</#list>
      </ul>
    </section>
  </main>
<#include "footer.ftl">
