<#-- An alignment matrix: the members of a group (rows) against the elements their relations point to
     (columns, in blocks by group, headed by code or short name, with a key of full names below). Every
     related cell carries a mark in words, not only a colour. Phones get the same relations as a list
     instead of the grid (bmm.css shows one of the two). A row is one line: a large matrix has
     thousands of cells, and indentation would weigh more than they do. -->
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
<#assign matrix = content.matrix>
<#assign rowGroup = matrix.rowGroup>
<#-- A column's heading: its label, with the full name for screen readers when the label is not the name. -->
<#macro columnLink column>
<a href="${content.rootpath}${column.uri}"><span class="matrix-label">${column.label}</span><#if column.label != column.name><span class="visually-hidden"> ${m.marked(column.name)}</span></#if></a><#t>
</#macro>
<#macro blockName block>
<#if block.group??><a href="${content.rootpath}${block.group.uri}">${block.name}</a><#else>${block.name}</#if><#t>
</#macro>
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs [{"uri": rowGroup.uri, "title": rowGroup.name}]/>
    <h1>${content.title}</h1>
    <@m.draftNotice/>
<#assign rowGroupLink><a href="${content.rootpath}${rowGroup.uri}">${rowGroup.name}</a></#assign><#t>
<#assign columnGroups><#if matrix.columnGroups?has_content> (<#list matrix.columnGroups as group><a href="${content.rootpath}${group.uri}">${group.name}</a><#sep>, </#sep></#list>)</#if></#assign><#t>
<#assign verbs><#list matrix.verbs as verb>${m.msg("text.quoted", verb)}<#sep>, </#sep></#list></#assign><#t>
<#assign keyLink><a href="#clave-columnas">${m.msg("matrix.keyLink")}</a></#assign><#t>
    <p class="lead">${m.html("matrix.lead", rowGroupLink, columnGroups)}</p>
<#if matrix.extent == "related">
    <p class="matrix-extent">${m.msg("matrix.related", matrix.groupSize?c, matrix.columnCount?c, matrix.shownRows?c, matrix.shownColumns?c)}</p>
<#elseif matrix.extent == "cut">
    <p class="matrix-extent">${m.msg("matrix.cut", matrix.shownRelations?c, matrix.relationCount?c, matrix.shownRows?c, matrix.relatedRows?c)}</p>
</#if>
    <div class="matrix-grid">
      <p class="matrix-hint">${m.html("matrix.gridHint", rowGroup.name, keyLink, verbs)} ${m.msg("matrix.size", matrix.shownRows?c, matrix.shownColumns?c)}<#if (matrix.shownColumns > 3)>${m.msg("matrix.scrollHint")}</#if>.</p>
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
              <th scope="colgroup" colspan="${block.columns?size}" class="matrix-block"><@blockName block/></th>
</#list>
            </tr>
            <tr>
<#list matrix.blocks as block>
<#list block.columns as column>
              <th scope="col" class="matrix-column"><@columnLink column/></th>
</#list>
</#list>
            </tr>
          </thead>
          <tbody>
<#list matrix.rows as row>
            <tr><th scope="row"><@m.elementLink row.element/></th><#list row.cells as cell><#if cell?has_content><td class="matrix-hit"><#list cell as mark><a class="matrix-mark" href="${content.rootpath}${mark.uri}"><span aria-hidden="true">✓ </span><span class="visually-hidden">${mark.from} </span>${mark.verb}<span class="visually-hidden"> ${mark.to}</span></a><#sep><br></#sep></#list></td><#else><td></td></#if></#list></tr>
</#list>
          </tbody>
        </table>
      </div>
    </div>
    <div class="matrix-rows">
      <p class="matrix-hint">${m.html("matrix.listHint", rowGroup.name, keyLink)}</p>
      <ul class="matrix-row-list" aria-label="${matrix.title}: ${m.count("count.relations", matrix.relationCount)}">
<#list matrix.rows as row>
        <li><@m.elementLink row.element/> — <#list row.relations as relation><span class="matrix-verb">${relation.verb}</span>: <#list relation.columns as column><@columnLink column/><#sep>, </#sep></#list><#sep>; </#sep><#else><span class="matrix-none">${m.msg("matrix.noRelations")}</span></#list></li>
</#list>
      </ul>
    </div>
    <section class="matrix-key" aria-labelledby="clave-columnas">
      <h2 id="clave-columnas">${m.msg("matrix.key")}</h2>
<#list matrix.blocks as block>
      <h3><@blockName block/></h3>
      <dl>
<#list block.columns as column>
        <div><dt>${column.label}</dt><dd><a href="${content.rootpath}${column.uri}">${m.marked(column.name)}</a></dd></div>
</#list>
      </dl>
</#list>
    </section>
  </main>
<#include "footer.ftl">
