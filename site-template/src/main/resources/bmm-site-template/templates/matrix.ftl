<#-- An alignment matrix: the members of a group (rows) against the elements their relations point to
     (columns, in blocks by group). Every related cell carries a mark in words, not only a colour. -->
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
<#assign matrix = content.matrix>
<#assign rowGroup = matrix.rowGroup>
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs [{"uri": rowGroup.uri, "title": rowGroup.name}]/>
    <h1>${content.title}</h1>
    <@m.draftNotice/>
<#assign rowGroupLink><a href="${content.rootpath}${rowGroup.uri}">${rowGroup.name}</a></#assign><#t>
<#assign columnGroups><#if matrix.columnGroups?has_content> (<#list matrix.columnGroups as group><a href="${content.rootpath}${group.uri}">${group.name}</a><#sep>, </#sep></#list>)</#if></#assign><#t>
<#assign verbs><#list matrix.verbs as verb>${m.msg("text.quoted", verb)}<#sep>, </#sep></#list></#assign><#t>
    <p class="lead">${m.html("matrix.lead", rowGroupLink, columnGroups, verbs)}</p>
<#if matrix.extent == "related">
    <p class="matrix-extent">${m.msg("matrix.related", matrix.groupSize?c, matrix.columnCount?c, matrix.shownRows?c, matrix.shownColumns?c)}</p>
<#elseif matrix.extent == "cut">
    <p class="matrix-extent">${m.msg("matrix.cut", matrix.shownRows?c, matrix.relatedRows?c)}</p>
</#if>
    <p class="matrix-hint">${m.msg("matrix.size", matrix.shownRows?c, matrix.shownColumns?c)}<#if (matrix.shownColumns > 3)>${m.msg("matrix.scrollHint")}</#if>.</p>
    <div class="matrix-scroll" role="region" aria-labelledby="matriz-titulo" tabindex="0">
      <table class="matrix">
        <caption id="matriz-titulo"><span class="matrix-caption">${matrix.title}: ${m.count("count.relations", matrix.relationCount)}</span></caption>
        <colgroup></colgroup>
<#list matrix.blocks as block>
        <colgroup span="${block.columns?size}"></colgroup>
</#list>
        <thead>
          <tr>
            <th scope="col" rowspan="2" class="matrix-corner"><a href="${content.rootpath}${rowGroup.uri}">${rowGroup.name}</a></th>
<#list matrix.blocks as block>
            <th scope="colgroup" colspan="${block.columns?size}" class="matrix-block"><#if block.group??><a href="${content.rootpath}${block.group.uri}">${block.name}</a><#else>${block.name}</#if></th>
</#list>
          </tr>
          <tr>
<#list matrix.blocks as block>
<#list block.columns as column>
            <th scope="col" class="matrix-column"><@m.elementLink column/></th>
</#list>
</#list>
          </tr>
        </thead>
        <tbody>
<#list matrix.rows as row>
          <tr>
            <th scope="row"><@m.elementLink row.element/></th>
<#list row.cells as cell>
<#if cell?has_content>
            <td class="matrix-hit"><#list cell as mark><a class="matrix-mark" href="${content.rootpath}${mark.uri}"><span aria-hidden="true">✓ </span><span class="visually-hidden">${mark.from} </span>${mark.verb}<span class="visually-hidden"> ${mark.to}</span></a><#sep><br></#sep></#list></td>
<#else>
            <td></td>
</#if>
</#list>
          </tr>
</#list>
        </tbody>
      </table>
    </div>
  </main>
<#include "footer.ftl">
