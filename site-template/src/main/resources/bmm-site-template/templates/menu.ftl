<#-- Site header and main navigation. JBake convention: included after header.ftl. -->
  <header class="site-header">
    <div class="govco-bar"><a href="https://www.gov.co/">GOV.CO</a></div>
    <div class="site-brand">
      <a class="site-title" href="${root}index.html">${config.site_title}</a>
    </div>
    <nav class="site-nav" aria-label="Navegación principal">
      <ul>
        <li><a href="${root}index.html"<#if content.type == "index"> aria-current="page"</#if>>Inicio</a></li>
<#list data.views as view>
        <li><a href="${root}${view.uri}"<#if content.uri == view.uri> aria-current="page"</#if>>${view.title}</a></li>
</#list>
      </ul>
    </nav>
    <form class="site-search" action="${root}search.html" method="get" role="search">
      <label for="buscar-sitio">Buscar en el sitio</label>
      <input id="buscar-sitio" name="q" type="search" autocomplete="off" placeholder="Código, nombre o palabra">
      <button type="submit">Buscar</button>
    </form>
  </header>
