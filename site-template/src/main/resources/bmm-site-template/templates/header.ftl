<#-- Page head and the top of the body. JBake convention: included first by every page template.
     "root" leads back to the site root; a page that is served from any depth (404) sets it first.
     A page template that needs more stylesheets assigns "pageStylesheets" (paths from the site root)
     before including this file: the page's Content-Security-Policy allows no <style> element. -->
<#import "macros.ftl" as m>
<#assign root = root!content.rootpath>
<!DOCTYPE html>
<html lang="${config.site_language}">
<head>
  <meta charset="utf-8">
<#-- Spaces around "=" are valid in viewport content, and keep "width=" (pandoc's image syntax) out of every page. -->
  <meta name="viewport" content="width = device-width, initial-scale = 1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
  <meta name="color-scheme" content="light dark">
<#assign pageTitle = (content.pagination??)?then(m.msg("pagination.title", m.plain(content.title), content.pagination.number?c, content.pagination.count?c), m.plain(content.title))>
  <title><#if content.type != "index">${pageTitle} · </#if>${config.site_title}</title>
<#-- What shared links and search engines show: the page's own text, or the site's description. -->
<#assign pageDescription = content.description!config.site_description!"">
<#if pageDescription?has_content>
  <meta name="description" content="${pageDescription}">
</#if>
<#if config.site_host?has_content>
  <link rel="canonical" href="${config.site_host?ensure_ends_with("/")}${content.uri}">
  <meta property="og:url" content="${config.site_host?ensure_ends_with("/")}${content.uri}">
</#if>
<#if content.pagination??>
<#if content.pagination.previous??>
  <link rel="prev" href="${root}${content.pagination.previous}">
</#if>
<#if content.pagination.next??>
  <link rel="next" href="${root}${content.pagination.next}">
</#if>
</#if>
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="${config.site_title}">
  <meta property="og:title" content="${m.plain(content.title)}">
<#if pageDescription?has_content>
  <meta property="og:description" content="${pageDescription}">
</#if>
  <meta property="og:locale" content="${config.site_language?replace("-", "_")}">
  <link rel="stylesheet" href="${root}assets/css/bmm.css">
<#list pageStylesheets![] as stylesheet>
  <link rel="stylesheet" href="${root}${stylesheet}">
</#list>
<#-- Last, so that a project's custom.css overrides everything above it. -->
  <link rel="stylesheet" href="${root}assets/css/custom.css">
</head>
<body>
  <a class="skip-link" href="#contenido">${m.msg("page.skipToContent")}</a>
