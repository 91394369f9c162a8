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
    <p class="lead">Cada fila es un elemento de <a href="${content.rootpath}${rowGroup.uri}">${rowGroup.name}</a>; cada columna, un elemento con el que se relaciona, agrupado por su grupo<#if matrix.columnGroups?has_content> (<#list matrix.columnGroups as group><a href="${content.rootpath}${group.uri}">${group.name}</a><#sep>, </#sep></#list>)</#if>. Una marca «✓» con el verbo (<#list matrix.verbs as verb>«${verb}»<#sep>, </#sep></#list>) indica la relación y lleva a las relaciones del elemento de la columna.</p>
<#if matrix.extent == "related">
    <p class="matrix-extent">La matriz completa tendría ${matrix.groupSize} filas y ${matrix.columnCount} columnas: se muestran solo las filas y columnas con alguna relación (${matrix.shownRows} filas, ${matrix.shownColumns} columnas).</p>
<#elseif matrix.extent == "cut">
    <p class="matrix-extent">La matriz es demasiado grande para una página: se muestran las primeras ${matrix.shownRows} de las ${matrix.relatedRows} filas con relaciones. Todas las relaciones están en las páginas de los elementos.</p>
</#if>
    <p class="matrix-hint">La tabla tiene ${matrix.shownRows} filas y ${matrix.shownColumns} columnas<#if (matrix.shownColumns > 3)>; si no cabe en la pantalla, desplácela hacia los lados</#if>.</p>
    <div class="matrix-scroll" role="region" aria-labelledby="matriz-titulo" tabindex="0">
      <table class="matrix">
        <caption id="matriz-titulo"><span class="matrix-caption">${matrix.title}: ${matrix.relationCount} <#if matrix.relationCount == 1>relación<#else>relaciones</#if></span></caption>
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
