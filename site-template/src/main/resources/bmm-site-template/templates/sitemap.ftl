<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list content.locations as location>
  <url><loc>${location}</loc></url>
</#list>
</urlset>
