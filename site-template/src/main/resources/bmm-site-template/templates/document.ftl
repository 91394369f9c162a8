<#-- A document of the source folder: its own text (a compilation's chapters and table of contents) and its views. -->
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
<@m.pageLayout>
    <@m.breadcrumbs []/>
    <h1>${m.marked(content.title)}</h1>
    <@m.draftNotice/>
    <@m.sectionsHere/>
<#if content.body?markup_string?has_content>
    <div class="document-text">
${content.body}
    </div>
</#if>
<#if content.views?has_content>
    <section aria-labelledby="vistas-del-documento">
      <h2 id="vistas-del-documento">${m.msg("document.views")}</h2>
      <ol class="card-list view-cards">
<#list content.views as view>
<@m.viewCard view/>
</#list>
      </ol>
    </section>
</#if>
</@m.pageLayout>
  </main>
<#include "footer.ftl">
