<#-- Traceability pieces: the value chain of an element page and the list of alignment matrices.
     Import with <#import "traceability.ftl" as t>. -->
<#import "macros.ftl" as m>

<#-- The "cadena de valor": what the element serves, up to the top objectives, and what serves it. -->
<#macro valueChain chain>
    <section class="value-chain" aria-labelledby="cadena-de-valor">
      <h2 id="cadena-de-valor">Cadena de valor</h2>
<#if chain.up?has_content>
      <h3 id="cadena-hacia-arriba">A qué contribuye</h3>
      <p class="chain-help">Lo que este elemento realiza o influye y, paso a paso, lo que eso realiza o influye, hasta los objetivos superiores.</p>
<@chainList chain.up "cadena-hacia-arriba"/>
</#if>
<#if chain.down?has_content>
      <h3 id="cadena-hacia-abajo">Qué contribuye a este elemento</h3>
      <p class="chain-help">Lo que realiza o influye en este elemento y, paso a paso, lo que realiza o influye en eso.</p>
<@chainList chain.down "cadena-hacia-abajo"/>
</#if>
<#if chain.limited>
      <p class="chain-limit">La cadena es extensa: se muestran hasta ${chain.maxElements} elementos y ${chain.maxDepth} niveles en cada sentido. Donde dice «la cadena continúa», siga en la página de ese elemento.</p>
</#if>
    </section>
</#macro>

<#macro chainList nodes labelledBy="">
<ul class="chain"<#if labelledBy?has_content> aria-labelledby="${labelledBy}"</#if>>
<#list nodes as node>
<li><span class="chain-verb">${node.verb}</span> <@m.elementLink node.element/><#if node.element.typeLabel??> <@m.typeBadge node.element/></#if><@chainNote node/><#if node.children?has_content>
<@chainList node.children/></#if></li>
</#list>
</ul>
</#macro>

<#macro chainNote node>
<#if !node.note??><#return></#if><#t>
<#if node.note == "cycle"> <span class="chain-note">(ciclo: ya aparece antes en esta cadena)</span><#t>
<#elseif node.note == "elsewhere"> <span class="chain-note">(su cadena se muestra en otra rama)</span><#t>
<#elseif node.note == "continues"> <span class="chain-note">(<a href="${content.rootpath}${node.element.uri}#cadena-de-valor">la cadena continúa en su página</a>)</span><#t>
</#if><#t>
</#macro>

<#-- Links to alignment matrices, with the groups they relate. -->
<#macro matrixList matrices>
      <ul class="matrix-list">
<#list matrices as matrix>
        <li><a href="${content.rootpath}${matrix.uri}">${matrix.title}</a> <span class="count">(${matrix.relationCount} <#if matrix.relationCount == 1>relación<#else>relaciones</#if>)</span></li>
</#list>
      </ul>
</#macro>
