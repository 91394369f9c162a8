<#-- A relation of the architecture model that carries documentation or properties: its ends, its
     verb and name, and what the model says of it. -->
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs [{"uri": content.relation.source.uri, "title": content.relation.source.title}]/>
    <h1>${m.marked(content.title)}</h1>
    <dl class="element-facts">
      <dt>${m.msg("relation.source")}</dt>
      <dd><@m.elementLink content.relation.source/> <@m.typeBadge content.relation.source/></dd>
      <dt>${m.msg("relation.relation")}</dt>
      <dd>${content.relation.verb}<#if content.relation.name??> (${m.html("text.quoted", m.marked(content.relation.name))})</#if></dd>
      <dt>${m.msg("relation.target")}</dt>
      <dd><@m.elementLink content.relation.target/> <@m.typeBadge content.relation.target/></dd>
    </dl>
<#if content.body??>
    <section aria-labelledby="documentacion">
      <h2 id="documentacion">${m.msg("relation.documentation")}</h2>
      <div class="document-text">
${content.body}
      </div>
    </section>
</#if>
<#if content.properties?has_content>
    <section aria-labelledby="propiedades">
      <h2 id="propiedades">${m.msg("element.properties")}</h2>
<@m.propertiesTable properties=content.properties labelledBy="propiedades"/>
    </section>
</#if>
  </main>
<#include "footer.ftl">
