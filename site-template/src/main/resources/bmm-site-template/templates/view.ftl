<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs content.trail![]/>
    <h1>${m.marked(content.title)}</h1>
    <@m.draftNotice/>
<#if content.sourceDocument??>
<#assign sourceLink><a href="${content.rootpath}${content.sourceDocument.uri}">${m.marked(content.sourceDocument.title)}</a></#assign><#t>
<#assign otherLinks><#list content.otherDocuments![] as document><a href="${content.rootpath}${document.uri}">${m.marked(document.title)}</a><#sep>, </#sep></#list></#assign><#t>
    <p class="view-source">${m.html("view.sourceText", sourceLink)}<#if content.otherDocuments?has_content>${m.html("view.alsoIn", otherLinks)}</#if>.</p>
</#if>
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
      <h2 id="grupo-${group?index}"><#if group.uri??><a href="${content.rootpath}${group.uri}">${m.marked(group.name)}</a><#else>${m.marked(group.name)}</#if></h2>
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
      <h2 id="sin-grupo">${m.msg("view.otherElements")}</h2>
      <p class="count"><@m.elementCount content.ungroupedCount/></p>
      <ul class="element-list">
<#list content.ungrouped as element>
<@m.elementItem element/>
</#list>
      </ul>
<#if content.allUngrouped??>
      <p class="more"><a href="${content.rootpath}${content.allUngrouped}">${m.msg("view.moreOtherElements", content.ungroupedCount?c)}</a></p>
</#if>
    </section>
</#if>
    </div>
<#if content.elementTable??>
    <div class="document-text element-table">
${content.elementTable}
    </div>
</#if>
<#if content.properties?has_content>
    <section aria-labelledby="propiedades">
      <h2 id="propiedades">${m.msg("element.properties")}</h2>
<@m.propertiesTable properties=content.properties labelledBy="propiedades"/>
    </section>
</#if>
<#if content.otherVersions?has_content>
    <section class="other-versions" aria-labelledby="otras-versiones">
      <h2 id="otras-versiones">${m.msg("view.otherVersions")}</h2>
      <p>${m.msg("view.otherVersions.lead")}</p>
<#list content.otherVersions as version>
      <details class="view-version">
<#assign documentLink><a href="${content.rootpath}${version.document.uri}">${m.marked(version.document.title)}</a></#assign><#t>
        <summary>${m.html("view.versionOf", m.marked(version.document.title))}<#if version.repeated??> ${m.msg("view.repeated")}</#if></summary>
        <p class="view-source">${m.html("view.document", documentLink)}</p>
        <div class="document-text">
${version.body}
        </div>
      </details>
</#list>
    </section>
</#if>
  </main>
<#if content.diagram??>
  <script src="${content.rootpath}assets/js/diagram.js"></script>
</#if>
<#include "footer.ftl">
