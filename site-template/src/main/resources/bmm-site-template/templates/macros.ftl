<#-- Small pieces that several page templates share. -->
<#macro draftNotice>
<#if content.todo??>
    <div class="draft-notice" role="note" aria-labelledby="aviso-borrador">
      <p class="draft-notice-title" id="aviso-borrador">Documento en borrador</p>
      <p>Este contenido aún no es definitivo y puede cambiar.<#if content.todo?has_content> Nota de los autores: ${content.todo}</#if></p>
    </div>
</#if>
</#macro>

<#-- A name or title with its placeholders that have no value ($APP) marked as the body marks them. -->
<#function marked text>
  <#return text?esc?markup_string?replace(r'(?<![\w$\\])\$([A-Z][A-Z0-9_]*)\b', '<mark class="bmm-unresolved" title="Variable sin valor en la configuración: $1">$1</mark>', 'r')?no_esc>
</#function>

<#-- The same as plain text, where no markup can be (the window's title): the placeholder by its bare name. -->
<#function plain text>
  <#return text?replace(r'(?<![\w$\\])\$([A-Z][A-Z0-9_]*)\b', '$1', 'r')>
</#function>

<#macro elementLink element>
<a href="${content.rootpath}${element.uri}"><#if element.code??><span class="element-code">${element.code}</span> </#if>${marked(element.name)}</a><#t>
</#macro>

<#macro typeBadge element>
<#if element.typeLabel??><span class="type-badge">${element.typeLabel}</span></#if><#t>
</#macro>

<#macro elementCount n>${n} <#if n == 1>elemento<#else>elementos</#if></#macro>

<#-- An element with its type: the list item of views, groups, relations and the home page. -->
<#-- An element of the model's view that no document describes: said so, with the model's own text if any. -->
<#macro undescribedNotice element>
<#if element.undescribed??>
        <p class="undescribed"><em>${element.undescribed?cap_first}.</em></p>
</#if>
</#macro>

<#macro elementItem element>
<#if element.contained??>
        <li><@elementLink element/> <@typeBadge element/>
          <ul class="element-list contained-elements" aria-label="Dentro de ${plain(element.title)}">
<#list element.contained as inside>
<@elementItem inside/>
</#list>
          </ul>
        </li>
<#else>
        <li><@elementLink element/> <@typeBadge element/></li>
</#if>
</#macro>

<#-- "root" is given by pages that are served from any depth (404). -->
<#macro breadcrumbs trail root=content.rootpath>
    <nav class="breadcrumbs" aria-label="Ruta de navegación">
      <ol>
        <li><a href="${root}index.html">Inicio</a></li>
<#list trail as step>
        <li><a href="${root}${step.uri}">${marked(step.title)}</a></li>
</#list>
        <li><span aria-current="page">${marked(content.title)}</span></li>
      </ol>
    </nav>
</#macro>

<#-- The architecture model's properties (key | value). Labelled by the heading "labelledBy" names,
     else by its own caption. -->
<#macro propertiesTable properties labelledBy="" caption="Propiedades">
      <table class="properties"<#if labelledBy?has_content> aria-labelledby="${labelledBy}"</#if>>
<#if !labelledBy?has_content>
        <caption>${caption}</caption>
</#if>
        <thead><tr><th scope="col">Propiedad</th><th scope="col">Valor</th></tr></thead>
        <tbody>
<#list properties as property>
          <tr><th scope="row">${marked(property.key)}</th><td><#if property.url??><a href="${property.url}" rel="noopener noreferrer">${property.value}</a><#else>${marked(property.value)}</#if></td></tr>
</#list>
        </tbody>
      </table>
</#macro>

<#-- An element at the other end of a relation: the relation's name when it says more than the list's
     verb, and what the model says of it (documentation, properties, its page) in a disclosure. -->
<#macro relatedItem element>
<#if element.relation.body?? || element.relation.properties?has_content>
        <li><@elementLink element/> <@typeBadge element/><@relationName element/>
          <details class="relation-details">
            <summary><#if element.relation.body??>Documentación<#else>Propiedades</#if> de la relación<span class="visually-hidden"> con ${marked(element.title)}</span></summary>
<#if element.relation.body??>
            <div class="document-text">
${element.relation.body}
            </div>
</#if>
<#if element.relation.properties?has_content>
<@propertiesTable properties=element.relation.properties caption="Propiedades de la relación"/>
</#if>
<#if element.relation.uri??>
            <p><a href="${content.rootpath}${element.relation.uri}">Página de la relación<span class="visually-hidden"> con ${marked(element.title)}</span></a></p>
</#if>
          </details>
        </li>
<#else>
        <li><@elementLink element/> <@typeBadge element/><@relationName element/></li>
</#if>
</#macro>

<#macro relationName element>
<#if element.relation.name??> <span class="relation-name">«${marked(element.relation.name)}»</span></#if><#t>
</#macro>
