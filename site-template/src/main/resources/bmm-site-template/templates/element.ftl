<#import "macros.ftl" as m>
<#import "traceability.ftl" as t>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
<@m.pageLayout neighbours=content.neighbours!{}>
    <@m.breadcrumbs (content.group??)?then([{"uri": content.group.uri, "title": content.group.name}], [])/>
    <h1><#if content.element.code??><span class="element-code">${content.element.code}</span> </#if>${m.marked(content.element.name)}</h1>
    <@m.draftNotice/>
    <@m.sectionsHere/>
    <dl class="element-facts">
<#if content.element.typeLabel??>
      <dt>${m.msg("element.type")}</dt>
      <dd><@m.typeBadge content.element/></dd>
</#if>
<#if (content.groups![])?size gt 1>
      <dt>${m.msg("element.groups")}</dt>
      <dd>
        <ul class="fact-list element-groups">
<#list content.groups as group>
          <li><a href="${content.rootpath}${group.uri}">${m.marked(group.name)}</a></li>
</#list>
        </ul>
      </dd>
<#elseif content.group??>
      <dt>${m.msg("element.group")}</dt>
      <dd><a href="${content.rootpath}${content.group.uri}">${m.marked(content.group.name)}</a></dd>
</#if>
<#if (content.views![])?size gt 1>
      <dt>${m.msg("element.views")}</dt>
      <dd>
        <ul class="fact-list element-views">
<#list content.views as view>
          <li><a href="${content.rootpath}${view.uri}">${m.marked(view.title)}</a></li>
</#list>
        </ul>
      </dd>
<#elseif content.view??>
      <dt>${m.msg("element.view")}</dt>
      <dd><a href="${content.rootpath}${content.view.uri}">${m.marked(content.view.title)}</a></dd>
</#if>
    </dl>
    <section aria-labelledby="descripcion">
      <h2 id="descripcion">${m.msg("element.description")}</h2>
<#if content.otherDescriptions?has_content && content.view??>
<#assign viewLink><a href="${content.rootpath}${content.view.uri}">${m.marked(content.view.title)}</a></#assign><#t>
      <p class="description-source">${m.html("element.accordingToView", viewLink)}:</p>
</#if>
      <div class="document-text">
<@m.undescribedNotice content.element/>
${content.body}
      </div>
<#list content.otherDescriptions![] as other>
<#assign viewLink><a href="${content.rootpath}${other.view.uri}">${m.marked(other.view.title)}</a></#assign><#t>
<#assign inDocument><#if other.document??>${m.html("element.inDocument", documentLink(other.document))}</#if></#assign><#t>
      <h3 id="descripcion-${other?counter + 1}" class="description-source"><#if other.otherVersion??>${m.html("element.accordingToOtherVersion", viewLink)}${inDocument}<#elseif other.olderExport??>${m.msg("element.accordingToOlderExport")}${inDocument} ${m.html("element.olderExportView", viewLink)}<#else>${m.html("element.accordingToView", viewLink)}</#if></h3>
      <div class="document-text">
${other.body}
      </div>
</#list>
    </section>
<#if content.properties?has_content>
    <section aria-labelledby="propiedades">
      <h2 id="propiedades">${m.msg("element.properties")}</h2>
<@m.propertiesTable properties=content.properties labelledBy="propiedades"/>
    </section>
</#if>
<#if content.relations?has_content>
    <section class="relations" aria-labelledby="relaciones">
      <h2 id="relaciones">${m.msg("element.relations")}</h2>
<#list content.relations as relation>
      <div class="relation-group">
        <h3 class="relation-verb">${relation.verb?cap_first}</h3>
        <ul class="element-list">
<#list relation.elements as element>
<@m.relatedItem element/>
</#list>
        </ul>
      </div>
</#list>
<#if content.legend?has_content>
      <h3 id="leyenda-relaciones" class="relation-legend-title">${m.msg("element.legend")}</h3>
      <dl class="relation-legend">
<#list content.legend as entry>
        <div><dt>${entry.verb}</dt><dd>${entry.meaning}</dd></div>
</#list>
      </dl>
</#if>
    </section>
</#if>
<#if content.valueChain??>
<@t.valueChain content.valueChain/>
</#if>
</@m.pageLayout>
  </main>
<#include "footer.ftl">
<#function documentLink document>
  <#local link><a href="${content.rootpath}${document.uri}">${m.marked(document.title)}</a></#local><#t>
  <#return link>
</#function>
