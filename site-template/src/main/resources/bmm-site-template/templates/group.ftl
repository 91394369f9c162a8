<#import "macros.ftl" as m>
<#import "traceability.ftl" as t>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
<@m.pageLayout>
    <@m.breadcrumbs []/>
    <h1>${m.marked(content.title)}</h1>
    <@m.draftNotice/>
    <@m.sectionsHere/>
    <p class="lead">${m.msg("group.contains", m.count("count.elements", content.group.size))}<#if content.pagination??> ${m.msg("pagination.status", content.pagination.number?c, content.pagination.count?c)}.</#if></p>
<#if content.matrices??>
    <section class="group-matrices" aria-labelledby="matrices">
      <h2 id="matrices">${m.msg("home.matrices")}</h2>
<@t.matrixList content.matrices/>
<#if content.allMatrices??>
      <p class="more"><a href="${content.rootpath}${content.allMatrices}">${m.msg("group.moreMatrices", content.matrixCount?c)}</a></p>
</#if>
    </section>
</#if>
<#list content.elements as element>
    <section class="member" aria-labelledby="miembro-${element?index}">
      <h2 id="miembro-${element?index}"><@m.elementLink element/></h2>
<#if element.typeLabel??>
      <p><@m.typeBadge element/></p>
</#if>
      <div class="document-text">
<@m.undescribedNotice element/>
${element.description}
      </div>
<#if element.otherDescriptionViews?has_content>
<#assign otherViews><#list element.otherDescriptionViews as view>${m.marked(view.title)}<#sep>, </#sep></#list></#assign><#t>
<#assign allDescriptions><a href="${content.rootpath}${element.uri}#descripcion">${m.msg("group.allDescriptions")}</a></#assign><#t>
      <p class="description-source">${m.html("group.otherDescriptions", otherViews, allDescriptions)}</p>
</#if>
    </section>
</#list>
<#if content.pagination??>
<@m.pagination content.pagination/>
</#if>
</@m.pageLayout>
  </main>
<#include "footer.ftl">
