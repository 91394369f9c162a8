<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs (content.group??)?then([{"uri": content.group.uri, "title": content.group.name}], [])/>
    <h1><#if content.element.code??><span class="element-code">${content.element.code}</span> </#if>${content.element.name}</h1>
    <@m.draftNotice/>
    <dl class="element-facts">
<#if content.element.typeLabel??>
      <dt>Tipo</dt>
      <dd><@m.typeBadge content.element/></dd>
</#if>
<#if content.group??>
      <dt>Pertenece a</dt>
      <dd><a href="${content.rootpath}${content.group.uri}">${content.group.name}</a></dd>
</#if>
<#if content.view??>
      <dt>Vista</dt>
      <dd><a href="${content.rootpath}${content.view.uri}">${content.view.title}</a></dd>
</#if>
    </dl>
    <section aria-labelledby="descripcion">
      <h2 id="descripcion">Descripción</h2>
      <div class="document-text">
<@m.undescribedNotice content.element/>
${content.body}
      </div>
    </section>
<#if content.relations?has_content>
    <section class="relations" aria-labelledby="relaciones">
      <h2 id="relaciones">Relaciones</h2>
<#list content.relations as relation>
      <div class="relation-group">
        <h3 class="relation-verb">${relation.verb?cap_first}</h3>
        <ul class="element-list">
<#list relation.elements as element>
<@m.elementItem element/>
</#list>
        </ul>
      </div>
</#list>
    </section>
</#if>
  </main>
<#include "footer.ftl">
