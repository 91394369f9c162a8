<#-- Site header and main navigation. JBake convention: included after header.ftl. -->
  <header class="site-header">
    <div class="govco-bar"><a href="https://www.gov.co/">GOV.CO</a></div>
    <div class="site-brand">
      <a class="site-title" href="${content.rootpath}index.html">${config.site_title}</a>
    </div>
    <nav class="site-nav" aria-label="Navegación principal">
      <ul>
        <li><a href="${content.rootpath}index.html"<#if content.type == "index"> aria-current="page"</#if>>Inicio</a></li>
<#list data.views as view>
        <li><a href="${content.rootpath}${view.uri}"<#if content.uri == view.uri> aria-current="page"</#if>>${view.title}</a></li>
</#list>
      </ul>
    </nav>
  </header>
