<#-- A page of one of the site's lists (content.kind): every document, view, group, matrix or element,
     or a view's elements in no group; a long list has a page per slice, linked by <@m.pagination/>. -->
<#import "macros.ftl" as m>
<#import "traceability.ftl" as t>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs content.trail/>
    <h1>${m.marked(content.title)}</h1>
<#assign size = content.size>
<#switch content.kind>
<#case "documents"><#assign counted = m.count("count.documents", size)><#break>
<#case "views"><#assign counted = m.count("count.views", size)><#break>
<#case "groups"><#assign counted = m.count("count.groups", size)><#break>
<#case "matrices"><#assign counted = m.count("count.matrices", size)><#break>
<#default><#assign counted = m.count("count.elements", size)>
</#switch>
    <p class="lead">${counted}<#if content.pagination??>. ${m.msg("pagination.status", content.pagination.number?c, content.pagination.count?c)}</#if>.</p>
<#switch content.kind>
<#case "documents">
<#case "views">
      <ul class="card-list">
<#list content.entries as entry>
        <li class="card"><a href="${content.rootpath}${entry.uri}">${m.marked(entry.title)}</a></li>
</#list>
      </ul>
<#break>
<#case "groups">
      <ul class="group-list">
<#list content.entries as group>
        <li><a href="${content.rootpath}${group.uri}">${m.marked(group.name)}</a> <span class="count">(<@m.elementCount group.size/>)</span></li>
</#list>
      </ul>
<#break>
<#case "matrices">
<@t.matrixList content.entries/>
<#break>
<#default>
      <ul class="element-list">
<#list content.entries as element>
<@m.elementItem element/>
</#list>
      </ul>
</#switch>
<#if content.pagination??>
<@m.pagination content.pagination/>
</#if>
  </main>
<#include "footer.ftl">
