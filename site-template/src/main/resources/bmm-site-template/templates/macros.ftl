<#-- Small pieces that several page templates share. -->
<#macro draftNotice>
<#if content.todo??>
    <div class="draft-notice" role="note">
      <p><strong>Documento en borrador.</strong> ${content.todo}</p>
    </div>
</#if>
</#macro>

<#macro elementLink element>
<a href="${content.rootpath}${element.uri}"><#if element.code??><span class="element-code">${element.code}</span> </#if>${element.name}</a><#t>
</#macro>

<#macro typeBadge element>
<#if element.typeLabel??><span class="type-badge">${element.typeLabel}</span></#if><#t>
</#macro>

<#macro breadcrumbs trail>
    <nav class="breadcrumbs" aria-label="Ruta de navegación">
      <ol>
        <li><a href="${content.rootpath}index.html">Inicio</a></li>
<#list trail as step>
        <li><a href="${content.rootpath}${step.uri}">${step.title}</a></li>
</#list>
        <li><span aria-current="page">${content.title}</span></li>
      </ol>
    </nav>
</#macro>
