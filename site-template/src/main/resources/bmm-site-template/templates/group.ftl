<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs []/>
    <h1>${content.title}</h1>
    <p class="lead">Este grupo contiene <@m.elementCount content.elements?size/>.</p>
<#list content.elements as element>
    <section class="member" aria-labelledby="miembro-${element?index}">
      <h2 id="miembro-${element?index}"><@m.elementLink element/></h2>
<#if element.typeLabel??>
      <p><@m.typeBadge element/></p>
</#if>
      <div class="document-text">
<@m.undescribedNotice element/>
${element.description}
      </div>
    </section>
</#list>
  </main>
<#include "footer.ftl">
