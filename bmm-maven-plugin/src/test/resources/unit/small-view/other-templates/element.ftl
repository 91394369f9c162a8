<#-- Replaces the default element page; every other template stays the default one. -->
<#include "header.ftl">
  <main id="contenido">
    <h1 class="other-element-template">${content.element.name}</h1>
  </main>
<#include "footer.ftl">
