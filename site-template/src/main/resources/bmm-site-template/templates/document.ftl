<#-- A document of the source folder: its own text (a compilation's chapters and table of contents) and its views. -->
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs []/>
    <h1>${m.marked(content.title)}</h1>
    <@m.draftNotice/>
<#if content.body?markup_string?has_content>
    <div class="document-text">
${content.body}
    </div>
</#if>
<#if content.views?has_content>
    <section aria-labelledby="vistas-del-documento">
      <h2 id="vistas-del-documento">${m.msg("document.views")}</h2>
      <ol class="card-list">
<#list content.views as view>
        <li class="card"><a href="${content.rootpath}${view.uri}">${m.marked(view.title)}</a></li>
</#list>
      </ol>
    </section>
</#if>
  </main>
<#include "footer.ftl">
