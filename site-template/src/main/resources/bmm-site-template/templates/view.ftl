<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs []/>
    <h1>${content.title}</h1>
    <@m.draftNotice/>
<#if content.diagram??>
<#import "diagram.ftl" as d>
<#if content.diagram.figure??>
<#if content.diagram.before?markup_string?has_content>
    <div class="document-text">
${content.diagram.before}
    </div>
</#if>
<@d.figure content.diagram/>
<#if content.diagram.after?markup_string?has_content>
    <div class="document-text">
${content.diagram.after}
    </div>
</#if>
<#else>
    <div class="document-text">
${content.body}
    </div>
<@d.figure content.diagram/>
</#if>
<#else>
    <div class="document-text">
${content.body}
    </div>
</#if>
    <div class="card-grid">
<#list content.groups as group>
    <section class="group-card" aria-labelledby="grupo-${group?index}">
      <h2 id="grupo-${group?index}"><a href="${content.rootpath}${group.uri}">${group.name}</a></h2>
      <p class="count"><@m.elementCount group.elements?size/></p>
      <ul class="element-list">
<#list group.elements as element>
<@m.elementItem element/>
</#list>
      </ul>
    </section>
</#list>
<#if content.ungrouped?has_content>
    <section class="group-card" aria-labelledby="sin-grupo">
      <h2 id="sin-grupo">Otros elementos</h2>
      <p class="count"><@m.elementCount content.ungrouped?size/></p>
      <ul class="element-list">
<#list content.ungrouped as element>
<@m.elementItem element/>
</#list>
      </ul>
    </section>
</#if>
    </div>
  </main>
<#include "footer.ftl">
