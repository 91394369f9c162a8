<#-- The open-data page (Ley 1712 de 2014): what the files in datos/ hold and under which licence. -->
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs []/>
    <h1>${m.msg("openData.title")}</h1>
    <p>${m.msg("openData.lead")}</p>
    <h2 id="archivos">${m.msg("openData.files")}</h2>
    <ul>
      <li>${m.msg("openData.elements")}: <a href="elementos.json">elementos.json</a> · <a href="elementos.csv">elementos.csv</a></li>
      <li>${m.msg("openData.relations")}: <a href="relaciones.json">relaciones.json</a> · <a href="relaciones.csv">relaciones.csv</a></li>
      <li>${m.msg("openData.views")}: <a href="vistas.json">vistas.json</a> · <a href="vistas.csv">vistas.csv</a></li>
    </ul>
<#assign bar><code> | </code></#assign><#t>
    <h2 id="elementos">${m.msg("openData.elementFields")}</h2>
<@fields caption="openData.elementFields.caption" rows=[
  ["code", m.html("openData.element.code", code("O7"))],
  ["name", m.msg("openData.element.name")],
  ["type", m.html("openData.element.type", code("Goal") + ", " + code("Principle") + ", " + code("Capability") + ", " + code("BusinessProcess"))],
  ["group", m.html("openData.element.group", bar)],
  ["description", m.msg("openData.element.description")],
  ["url", m.msg("openData.element.url")],
  ["views", m.html("openData.element.views", bar)],
  ["other_descriptions", m.html("openData.element.otherDescriptions", code("description"), bar)],
  ["properties", m.html("openData.element.properties", code(m.msg("openData.element.propertiesExample")),
      code(m.msg("openData.propertyColumn") + ":" + m.msg("openData.element.propertyExample")))]
]/>
    <h2 id="relaciones">${m.msg("openData.relationFields")}</h2>
<@fields caption="openData.relationFields.caption" rows=[
  ["source", m.msg("openData.relation.source")],
  ["type", m.html("openData.relation.type", code("realization"), m.msg("relation.realization.forward"), code("influence"), m.msg("relation.influence.forward"))],
  ["target", m.msg("openData.relation.target")]
]/>
    <h2 id="vistas">${m.msg("openData.viewFields")}</h2>
<@fields caption="openData.viewFields.caption" rows=[
  ["id", m.msg("openData.view.id")],
  ["title", m.msg("openData.view.title")],
  ["folder", m.html("openData.view.folder", code(" / "))],
  ["documentation", m.msg("openData.view.documentation")],
  ["url", m.msg("openData.view.url")],
  ["elements", m.html("openData.view.elements", bar)]
]/>
    <h2 id="licencia">${m.msg("openData.license")}</h2>
<#if config.open_data_license??>
    <p><#if config.open_data_license_url??><a href="${config.open_data_license_url}">${config.open_data_license}</a><#else>${config.open_data_license}</#if></p>
<#else>
    <p>${m.msg("openData.noLicense")}</p>
</#if>
  </main>
<#include "footer.ftl">
<#-- A table of the fields of one file: each row a field's name and what it holds. -->
<#macro fields caption rows>
    <table>
      <caption>${m.msg(caption)}</caption>
      <thead><tr><th scope="col">${m.msg("openData.field")}</th><th scope="col">${m.msg("openData.content")}</th></tr></thead>
      <tbody>
<#list rows as row>
        <tr><th scope="row"><code>${row[0]}</code></th><td>${row[1]}</td></tr>
</#list>
      </tbody>
    </table>
</#macro>
<#-- A field's name or an example, as code. -->
<#function code text>
  <#local markup><code>${text}</code></#local><#t>
  <#return markup>
</#function>
