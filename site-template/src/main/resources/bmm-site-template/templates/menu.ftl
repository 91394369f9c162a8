<#-- Site header and main navigation (GOV.CO top bar, entity, site title, search). JBake convention:
     included after header.ftl. -->
<#import "macros.ftl" as m>
<#assign entityName = config.entity_name!"">
<#-- The logo carries the entity's name as its alternative text; without a logo the name is shown as text. -->
<#if config.entity_logo?has_content>
  <#assign entityMark><img class="entity-logo" src="${root}assets/${config.entity_logo}" alt="${entityName?has_content?then(entityName, config.site_title)}"></#assign>
<#else>
  <#assign entityMark><span class="entity-name">${entityName}</span></#assign>
</#if>
  <header class="site-header">
    <div class="govco-bar">
      <div class="container">
        <a class="govco-link" href="https://www.gov.co/"><@m.govcoLogo/><span class="visually-hidden">GOV.CO ${m.msg("page.govcoPortal")}</span></a>
      </div>
    </div>
    <div class="site-brand container">
      <div class="site-identity">
<#if config.entity_logo?has_content || entityName?has_content>
        <p class="entity"><#if config.entity_url?has_content><a class="entity-link" href="${config.entity_url}">${entityMark}</a><#else>${entityMark}</#if></p>
</#if>
        <a class="site-title" href="${root}index.html">${config.site_title}</a>
      </div>
<#-- The results page has a search box of its own: one box there, not two. -->
<#if content.type != "search">
      <form class="site-search" action="${root}search.html" method="get" role="search" aria-label="${m.msg("search.box")}">
        <label for="buscar-sitio">${m.msg("search.box")}</label>
        <span class="site-search-row">
          <input id="buscar-sitio" name="q" type="search" autocomplete="off" placeholder="${m.msg("search.placeholder")}">
          <button type="submit">${m.msg("search.button")}</button>
        </span>
      </form>
</#if>
    </div>
    <nav class="site-nav" aria-label="${m.msg("nav.main")}">
      <ul class="container">
        <li><a href="${root}index.html"<#if content.type == "index"> aria-current="page"</#if>>${m.msg("nav.home")}</a></li>
<#-- A few views are listed; many would make a navigation bar nobody can use (and every page as long
     as the list), so they are reached through the "Modelo" page (the model's folders), else the home page. -->
<#if data.views?size <= 10>
<#list data.views as view>
        <li><a href="${root}${view.uri}"<#if content.uri == view.uri> aria-current="page"</#if>>${m.marked(view.title)}</a></li>
</#list>
<#elseif data.modelTree??>
        <li><a href="${root}${data.modelTree.uri}"<#if content.type == "model"> aria-current="page"<#elseif content.type == "view"> aria-current="true"</#if>>${m.count("nav.model", data.views?size)}</a></li>
<#else>
        <li><a href="${root}index.html#vistas"<#if content.type == "view"> aria-current="true"</#if>>${m.msg("nav.views", data.views?size?c)}</a></li>
</#if>
<#if config.transparency_url?has_content>
        <li><a href="${config.transparency_url}">${m.msg("nav.transparency")}</a></li>
</#if>
      </ul>
    </nav>
  </header>
