<#-- The open-data page (Ley 1712 de 2014): the files in datos/, the fields of each as the data dictionary describes them, and the licence. -->
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs []/>
    <h1>${m.msg("openData.title")}</h1>
    <p>${m.msg("openData.lead")}</p>
    <h2 id="archivos">${m.msg("openData.files")}</h2>
    <ul class="open-data-files">
<#list content.sets as set>
      <li><a href="#${set.name}">${set.title}</a> (${m.count("openData.rows", set.rows)}): <a href="${set.files[0]}">${set.files[0]}</a> · <a href="${set.files[1]}">${set.files[1]}</a></li>
</#list>
    </ul>
    <p>${m.msg("openData.format")}</p>
<#list content.sets as set>
    <h2 id="${set.name}">${set.heading}</h2>
    <table class="open-data-fields">
      <caption>${m.msg("openData.fieldsCaption", set.files[0], set.files[1])}</caption>
      <thead><tr><th scope="col">${m.msg("openData.field")}</th><th scope="col">${m.msg("openData.content")}</th></tr></thead>
      <tbody>
<#list set.fields as field>
        <tr>
          <th scope="row"><code><#list field.name?split(r"(?<=[_:])", "r") as part>${part}<#sep><wbr></#list></code></th>
          <td><span class="open-data-type">${m.msg("openData.typeLabel")}: ${field.type}</span> ${field.description}<#if field.example??> <span class="open-data-example">${m.msg("openData.exampleLabel")}: <code>${field.example}</code></span></#if></td>
        </tr>
</#list>
      </tbody>
    </table>
</#list>
    <h2 id="licencia">${m.msg("openData.license")}</h2>
<#if config.open_data_license??>
    <p><#if config.open_data_license_url??><a href="${config.open_data_license_url}">${config.open_data_license}</a><#else>${config.open_data_license}</#if></p>
<#else>
    <p>${m.msg("openData.noLicense")}</p>
</#if>
  </main>
<#include "footer.ftl">
