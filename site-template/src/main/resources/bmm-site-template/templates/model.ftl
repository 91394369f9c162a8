<#-- The "Modelo" page: every view of the site in the architecture model's folders, as Archi's model
     tree lists them (folders and views by name), with a heading per folder so that a screen reader
     can move between them; no script. -->
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
<#macro viewList views>
<#if views?has_content>
    <ul class="model-views">
<#list views as view>
      <li><a href="${content.rootpath}${view.uri}">${m.marked(view.title)}</a> <span class="count">(<@m.elementCount view.elementCount/>)</span></li>
</#list>
    </ul>
</#if>
</#macro>
<#macro folderSection folder level>
    <section class="model-folder" aria-labelledby="${folder.anchor}">
      <h${level} id="${folder.anchor}">${m.marked(folder.name)} <span class="count">(<@viewCount folder.count/>)</span></h${level}>
<@viewList folder.views/>
<#list folder.folders as child>
<@folderSection folder=child level=[level + 1, 6]?min/>
</#list>
    </section>
</#macro>
<#macro viewCount n>${m.count("count.views", n)}</#macro>
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs []/>
    <h1>${m.msg("model.title")}</h1>
<#assign tree = data.modelTree>
    <p class="lead">${m.count("model.lead", tree.count)}</p>
<@viewList tree.views/>
<#list tree.folders as top>
<@folderSection top 2/>
</#list>
<#if tree.others?has_content>
    <section class="model-folder" aria-labelledby="otras-vistas">
      <h2 id="otras-vistas">${m.msg("model.otherViews")} <span class="count">(<@viewCount tree.others?size/>)</span></h2>
<@viewList tree.others/>
    </section>
</#if>
  </main>
<#include "footer.ftl">
