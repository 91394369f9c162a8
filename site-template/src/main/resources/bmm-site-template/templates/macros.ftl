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
        <li><@elementLink element/> <@typeBadge element/></li>
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
