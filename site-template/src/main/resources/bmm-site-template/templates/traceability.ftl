<#-- Traceability pieces: the value chain of an element page and the list of alignment matrices.
     Import with <#import "traceability.ftl" as t>. -->
<#import "macros.ftl" as m>

<#-- The "cadena de valor": what the element serves, up to the top objectives, and what serves it. -->
<#macro valueChain chain>
    <section class="value-chain" aria-labelledby="cadena-de-valor">
      <h2 id="cadena-de-valor">${m.msg("chain.title")}</h2>
<#if chain.up?has_content>
      <h3 id="cadena-hacia-arriba">${m.msg("chain.up")}</h3>
      <p class="chain-help">${m.msg("chain.up.help")}</p>
<@chainList chain.up "cadena-hacia-arriba"/>
</#if>
<#if chain.down?has_content>
      <h3 id="cadena-hacia-abajo">${m.msg("chain.down")}</h3>
      <p class="chain-help">${m.msg("chain.down.help")}</p>
<@chainList chain.down "cadena-hacia-abajo"/>
</#if>
<#if chain.limited>
      <p class="chain-limit">${m.msg("chain.limited", chain.maxElements?c, chain.maxDepth?c)}</p>
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
<#if node.note == "cycle"> <span class="chain-note">${m.msg("chain.cycle")}</span><#t>
<#elseif node.note == "elsewhere"> <span class="chain-note">${m.msg("chain.elsewhere")}</span><#t>
<#elseif node.note == "continues"> <span class="chain-note">(<a href="${content.rootpath}${node.element.uri}#cadena-de-valor">${m.msg("chain.continues")}</a>)</span><#t>
</#if><#t>
</#macro>

<#-- Links to alignment matrices, with the groups they relate. -->
<#macro matrixList matrices>
      <ul class="matrix-list">
<#list matrices as matrix>
        <li><a href="${content.rootpath}${matrix.uri}">${matrix.title}</a> <span class="count">(${m.count("count.relations", matrix.relationCount)})</span></li>
</#list>
      </ul>
</#macro>
