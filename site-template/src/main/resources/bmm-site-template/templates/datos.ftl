<#-- The open-data page (Ley 1712 de 2014): what the files in datos/ hold and under which licence. -->
<#import "macros.ftl" as m>
<#include "header.ftl">
<#include "menu.ftl">
  <main id="contenido" tabindex="-1">
    <@m.breadcrumbs []/>
    <h1>Datos abiertos</h1>
    <p>Los elementos, relaciones y vistas de este sitio se publican también como datos abiertos, en formato JSON y CSV
      (UTF-8, separado por comas, con fila de encabezado), para que cualquier persona pueda reutilizarlos.</p>
    <h2 id="archivos">Archivos</h2>
    <ul>
      <li>Elementos: <a href="elementos.json">elementos.json</a> · <a href="elementos.csv">elementos.csv</a></li>
      <li>Relaciones: <a href="relaciones.json">relaciones.json</a> · <a href="relaciones.csv">relaciones.csv</a></li>
      <li>Vistas: <a href="vistas.json">vistas.json</a> · <a href="vistas.csv">vistas.csv</a></li>
    </ul>
    <h2 id="elementos">Campos de los elementos</h2>
    <table>
      <caption>Campos de elementos.json y elementos.csv</caption>
      <thead><tr><th scope="col">Campo</th><th scope="col">Contenido</th></tr></thead>
      <tbody>
        <tr><th scope="row"><code>code</code></th><td>Código del elemento (por ejemplo <code>O7</code>); vacío si no tiene.</td></tr>
        <tr><th scope="row"><code>name</code></th><td>Nombre del elemento.</td></tr>
        <tr><th scope="row"><code>type</code></th><td>Tipo de elemento ArchiMate en inglés (<code>Goal</code>, <code>Principle</code>, <code>Capability</code>, <code>BusinessProcess</code>…).</td></tr>
        <tr><th scope="row"><code>group</code></th><td>Grupos a los que pertenece, separados por <code> | </code> (un elemento que varias vistas muestran puede estar en un grupo de cada una).</td></tr>
        <tr><th scope="row"><code>description</code></th><td>Descripción, en texto plano.</td></tr>
        <tr><th scope="row"><code>url</code></th><td>Dirección de la página del elemento.</td></tr>
        <tr><th scope="row"><code>views</code></th><td>Vistas en las que aparece, separadas por <code> | </code>; la primera es la que da su descripción.</td></tr>
        <tr><th scope="row"><code>other_descriptions</code></th><td>Lo que otras vistas dicen del elemento cuando difiere de <code>description</code>: «vista: texto», separadas por <code> | </code>; vacío si ninguna difiere.</td></tr>
        <tr><th scope="row"><code>properties</code></th><td>Propiedades del elemento en el modelo de arquitectura. En JSON, un objeto (<code>{"estado": "Productivo"}</code>); en CSV, una columna por propiedad, <code>propiedad:estado</code>, vacía para los elementos que no la tienen.</td></tr>
      </tbody>
    </table>
    <h2 id="relaciones">Campos de las relaciones</h2>
    <table>
      <caption>Campos de relaciones.json y relaciones.csv</caption>
      <thead><tr><th scope="col">Campo</th><th scope="col">Contenido</th></tr></thead>
      <tbody>
        <tr><th scope="row"><code>source</code></th><td>Elemento de origen: su código o, si no tiene, su nombre.</td></tr>
        <tr><th scope="row"><code>type</code></th><td>Tipo de relación ArchiMate (<code>realization</code>: realiza; <code>influence</code>: influye en; …).</td></tr>
        <tr><th scope="row"><code>target</code></th><td>Elemento de destino: su código o, si no tiene, su nombre.</td></tr>
      </tbody>
    </table>
    <h2 id="vistas">Campos de las vistas</h2>
    <table>
      <caption>Campos de vistas.json y vistas.csv</caption>
      <thead><tr><th scope="col">Campo</th><th scope="col">Contenido</th></tr></thead>
      <tbody>
        <tr><th scope="row"><code>id</code></th><td>Identificador de la vista en el modelo de arquitectura; vacío si el modelo no la tiene.</td></tr>
        <tr><th scope="row"><code>title</code></th><td>Título de la vista.</td></tr>
        <tr><th scope="row"><code>folder</code></th><td>Carpetas del modelo que la contienen, separadas por <code> / </code>; vacío si está en la carpeta principal.</td></tr>
        <tr><th scope="row"><code>documentation</code></th><td>Texto de la vista, en texto plano.</td></tr>
        <tr><th scope="row"><code>url</code></th><td>Dirección de la página de la vista.</td></tr>
        <tr><th scope="row"><code>elements</code></th><td>Elementos de la vista (su código o, si no tiene, su nombre). En JSON, una lista; en CSV, separados por <code> | </code>.</td></tr>
      </tbody>
    </table>
    <h2 id="licencia">Licencia</h2>
<#if config.open_data_license??>
    <p><#if config.open_data_license_url??><a href="${config.open_data_license_url}">${config.open_data_license}</a><#else>${config.open_data_license}</#if></p>
<#else>
    <p>La entidad aún no ha indicado la licencia de estos datos.</p>
</#if>
  </main>
<#include "footer.ftl">
