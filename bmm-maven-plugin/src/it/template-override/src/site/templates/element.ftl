<#-- The project's own element page. It still includes the default header and footer, which the
     project does not override. -->
<#include "header.ftl">
  <main id="contenido" tabindex="-1">
    <p class="project-element-template">Plantilla de elemento del proyecto</p>
    <h1>${content.element.name}</h1>
${content.body}
  </main>
<#include "footer.ftl">
