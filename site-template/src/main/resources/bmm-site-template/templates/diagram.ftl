<#-- The view drawn from the model (content.diagram): one SVG per screen width, each box a link to its
     element's page, in a viewer with zoom, and the same relations as sentences for whoever does not read the drawing.
     Colours and line styles come from bmm.css (classes only: the Content-Security-Policy blocks style=). -->

<#-- Every drawing of the view in a viewer that scrolls and zooms (assets/js/diagram.js); the stylesheet
     shows the drawing that suits the screen. Without JavaScript the controls stay hidden and the drawing
     fits the page's width, as the stylesheet sets it. -->
<#import "macros.ftl" as m>
<#macro drawings diagram>
      <div class="bmm-diagram-viewer">
        <div class="bmm-diagram-controls" hidden>
          <div class="bmm-diagram-toolbar" role="group" aria-label="${m.msg("diagram.zoom")}">
            <button type="button" data-zoom="in"><span aria-hidden="true">+ </span>${m.msg("diagram.zoomIn")}</button>
            <button type="button" data-zoom="out"><span aria-hidden="true">− </span>${m.msg("diagram.zoomOut")}</button>
            <button type="button" data-zoom="actual">${m.msg("diagram.actualSize")}</button>
            <button type="button" data-zoom="fit">${m.msg("diagram.fit")}</button>
          </div>
          <p class="bmm-diagram-zoom" role="status" aria-live="polite" data-zoom="${m.msg("diagram.zoomStatus")}" data-fitted="${m.msg("diagram.zoomStatus.fitted")}" data-actual="${m.msg("diagram.zoomStatus.actualSize")}"></p>
        </div>
        <div class="bmm-diagram-scroll" tabindex="0" role="region" aria-label="${m.msg("diagram.scrollable", diagram.title)}">
<#list diagram.drawings as drawing>
<@svg diagram drawing/>
</#list>
        </div>
        <p class="bmm-diagram-help" hidden>${m.msg("diagram.help")}</p>
      </div>
</#macro>

<#-- Painted in layers: frames of groups and containers, lines, names of groups and containers,
     the other boxes, the names of lines. What many shapes share is said once, so that a drawing of a
     hundred elements stays small: the font size and centred names on the drawing itself (a name at
     the top left says so), each type icon and each outline of a box's size and type (with its icon)
     as a symbol placed with <use>, the style and marks of a run of lines on their group (dash patterns
     in bmm.css, by type), the layer of a run of elements on theirs; no indentation. -->
<#macro svg diagram drawing>
<#local id = drawing.id>
<svg class="bmm-diagram-svg bmm-diagram-${drawing.variant}" viewBox="${drawing.x} ${drawing.y} ${drawing.width} ${drawing.height}" width="${drawing.width}" height="${drawing.height}" role="group" aria-labelledby="${id}-titulo" aria-describedby="${id}-descripcion" font-size="${drawing.fontSize}" text-anchor="middle">
<title id="${id}-titulo">${diagram.title}</title>
<desc id="${id}-descripcion">${diagram.description}</desc>
<defs>
<@markers id/>
<@iconSymbols id drawing.icons/>
<#list drawing.figures as figure>
<symbol id="${figure.id}" overflow="visible"><#if figure.outline == "beveled"><path d="${figure.path}"/><#else><rect width="${figure.width}" height="${figure.height}"<#if figure.outline == "rounded"> rx="10"</#if>/></#if><@icon id figure/></symbol>
</#list>
</defs>
<rect class="bmm-diagram-background" x="${drawing.x}" y="${drawing.y}" width="${drawing.width}" height="${drawing.height}"/>
<#list drawing.frames as frame>
<#if frame.kind == "container">
<g class="bmm-diagram-frame bmm-layer-${frame.layer}"><@outline frame/><@icon id frame/></g>
<#else>
<path class="bmm-diagram-frame bmm-diagram-frame-${frame.kind}" d="${frame.bodyPath}"/>
</#if>
</#list>
<#list drawing.lines as run>
<g class="bmm-diagram-line bmm-rel-${run.type}"<#if run.markerStart??> marker-start="url(#${id}-${run.markerStart})"</#if><#if run.markerEnd??> marker-end="url(#${id}-${run.markerEnd})"</#if>>
<#list run.paths as path>
<path d="${path}"/>
</#list>
</g>
</#list>
<#list drawing.labels as label>
<#if label.kind == "container">
<#if label.uri??>
<a class="bmm-diagram-element bmm-diagram-container bmm-layer-${label.layer}" href="${content.rootpath}${label.uri}" aria-label="${label.name}"><@containerLabel label/></a>
<#else>
<g class="bmm-diagram-element bmm-diagram-container bmm-layer-${label.layer}" role="img" aria-label="${label.name}"><@containerLabel label/></g>
</#if>
<#else>
<g class="bmm-diagram-group bmm-diagram-group-${label.kind}"><path class="bmm-diagram-tab" d="${label.tabPath}"/><#if label.uri??><a href="${content.rootpath}${label.uri}"><@groupLabel label/></a><#else><@groupLabel label/></#if></g>
</#if>
</#list>
<#list drawing.boxes as run>
<#if run.layer??>
<g class="bmm-layer-${run.layer}">
</#if>
<#list run.boxes as item>
<#if item.kind == "element">
<#if item.uri??>
<a class="bmm-diagram-element" href="${content.rootpath}${item.uri}" aria-label="${item.name}"><@box id item/></a>
<#else>
<g class="bmm-diagram-element" role="img" aria-label="${item.name}"><@box id item/></g>
</#if>
<#elseif item.kind == "note">
<#if item.uri??>
<a class="bmm-diagram-note" href="${item.uri}" rel="noopener noreferrer"><@note item/></a>
<#else>
<g class="bmm-diagram-note"><@note item/></g>
</#if>
<#else>
<circle class="bmm-diagram-junction<#if item.or> bmm-diagram-junction-or</#if>" cx="${item.cx}" cy="${item.cy}" r="${item.r}"/>
</#if>
</#list>
<#if run.layer??>
</g>
</#if>
</#list>
<#list drawing.lineLabels as label>
<g class="bmm-diagram-line-label"><rect x="${label.x}" y="${label.y}" width="${label.width}" height="${label.height}" rx="2"/><text x="${label.textX}" y="${label.textY}">${label.text}</text></g>
</#list>
</svg>
</#macro>

<#-- An element's figure: its outline by type, beveled, rounded or square. -->
<#macro outline shape>
<#if shape.outline == "beveled"><path class="bmm-diagram-box" d="${shape.path}"/><#else><rect class="bmm-diagram-box" x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}"<#if shape.outline == "rounded"> rx="10"</#if>/></#if><#t>
</#macro>

<#-- A shape's type icon, when it has one: the drawing's symbol, at its top right. -->
<#macro icon id shape>
<#if shape.icon??><use href="#${id}-${shape.icon}" x="${shape.iconX}" y="${shape.iconY}"/></#if><#t>
</#macro>

<#-- An element's box: its figure (outline and type icon, which the box's class colours) and its wrapped
     name, whose code bmm.css sets in bold. -->
<#macro box id element>
<use class="bmm-diagram-box" href="#${element.figure}" x="${element.x}" y="${element.y}"/><text<#if element.fontSize??> font-size="${element.fontSize}"</#if>><#list element.lines as line><tspan x="${element.cx}" y="${line.y}"><#if line.strong??><tspan>${line.strong}</tspan></#if>${line.text}</tspan></#list></text><#t>
</#macro>

<#-- A container's name at its top left, on a rectangle that shows its focus. -->
<#macro containerLabel label>
<rect class="bmm-diagram-box bmm-diagram-label-box" x="${label.labelX}" y="${label.labelY}" width="${label.labelWidth}" height="${label.labelHeight}"/><text text-anchor="start"<#if label.fontSize??> font-size="${label.fontSize}"</#if>><#list label.lines as line><tspan x="${label.textX}" y="${line.y}"><#if line.strong??><tspan>${line.strong}</tspan></#if>${line.text}</tspan></#list></text><#t>
</#macro>

<#-- A note: folded corner and its text from the top left. -->
<#macro note box>
<polygon class="bmm-diagram-note-paper" points="${box.points}"/><path class="bmm-diagram-note-fold" d="${box.fold}"/><text class="bmm-diagram-note-text" text-anchor="start" font-size="${box.fontSize}"><#list box.lines as line><tspan x="${box.textX}" y="${line.y}">${line.text}</tspan></#list></text><#t>
</#macro>

<#-- ArchiMate's line ends, with ids that start with the drawing's. -->
<#macro markers id>
<marker id="${id}-triangle-hollow" viewBox="-1 -1 15 14" refX="13" refY="6" markerWidth="15" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto"><path class="bmm-diagram-mark-hollow" d="M0 0 L13 6 L0 12 Z"/></marker>
<marker id="${id}-triangle-filled" viewBox="-1 -1 15 14" refX="13" refY="6" markerWidth="15" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto"><path class="bmm-diagram-mark-filled" d="M0 0 L13 6 L0 12 Z"/></marker>
<marker id="${id}-arrow-open" viewBox="-1 -1 15 14" refX="12" refY="6" markerWidth="15" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto"><path class="bmm-diagram-mark-open" d="M0 0 L12 6 L0 12"/></marker>
<marker id="${id}-diamond-filled" viewBox="-1 -1 20 12" refX="0" refY="5" markerWidth="20" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto"><path class="bmm-diagram-mark-filled" d="M0 5 L9 0 L18 5 L9 10 Z"/></marker>
<marker id="${id}-diamond-hollow" viewBox="-1 -1 20 12" refX="0" refY="5" markerWidth="20" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto"><path class="bmm-diagram-mark-hollow" d="M0 5 L9 0 L18 5 L9 10 Z"/></marker>
<marker id="${id}-dot" viewBox="-1 -1 10 10" refX="4" refY="4" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><circle class="bmm-diagram-mark-filled" cx="4" cy="4" r="3.5"/></marker>
</#macro>

<#-- ArchiMate's type icons, 14 units square from 0, 0, in the colour of the text around them
     (currentColor, which a focused element changes), with ids that start with the drawing's. -->
<#macro iconSymbols id icons>
<#list icons as name>
<symbol id="${id}-${name}" overflow="visible" fill="none" stroke="currentColor" stroke-width="1.2"><#t>
<#if name == "goal"><circle cx="7" cy="7" r="6.3"/><circle cx="7" cy="7" r="3.4"/><circle fill="currentColor" stroke="none" cx="7" cy="7" r="1.1"/><#t>
<#elseif name == "principle"><rect x="1.5" y="0.7" width="11" height="12.6" rx="1.5"/><path d="M7 3.2 V8.6"/><circle fill="currentColor" stroke="none" cx="7" cy="10.8" r="0.9"/><#t>
<#elseif name == "capability"><path d="M0.7 13.3 H13.3 V0.7 H9.1 V4.9 H4.9 V9.1 H0.7 Z M4.9 9.1 V13.3 M9.1 4.9 V13.3 M4.9 9.1 H13.3 M9.1 4.9 H13.3"/><#t>
<#elseif name == "process"><path d="M0.7 4.6 H8 V1.6 L13.3 7 L8 12.4 V9.4 H0.7 Z"/><#t>
<#elseif name == "service"><rect x="0.7" y="3.2" width="12.6" height="7.6" rx="3.8"/><#t>
</#if>
</symbol>
</#list>
</#macro>

<#macro groupLabel group>
<text class="bmm-diagram-group-label" text-anchor="start"><#list group.lines as line><tspan x="${group.textX}" y="${line.y}">${line.text}</tspan></#list></text><#t>
</#macro>

<#-- What colours, outlines and lines mean; the samples are decoration, their meaning is in the words. -->
<#macro legend diagram>
<#if diagram.legend.types?has_content || diagram.legend.junctions?has_content || diagram.legend.relations?has_content>
    <div class="bmm-diagram-legend">
      <svg class="bmm-diagram-defs" width="0" height="0" aria-hidden="true" focusable="false">
<defs>
<@markers "leyenda"/>
<@iconSymbols "leyenda" diagram.legend.icons/>
</defs>
      </svg>
      <p class="bmm-diagram-legend-title">${m.msg("diagram.legend")}</p>
      <ul>
<#list diagram.legend.types as type>
        <li><svg class="bmm-diagram-sample" viewBox="0 0 36 22" width="36" height="22" aria-hidden="true" focusable="false"><g class="bmm-layer-${type.layer}"><#if type.outline == "beveled"><polygon class="bmm-diagram-box" points="5,1 31,1 35,5 35,17 31,21 5,21 1,17 1,5"/><#else><rect class="bmm-diagram-box" x="1" y="1" width="34" height="20"<#if type.outline == "rounded"> rx="5"</#if>/></#if><#if type.icon??><use href="#leyenda-${type.icon}" x="11" y="4"/></#if></g></svg> ${type.label}</li>
</#list>
<#list diagram.legend.junctions as junction>
        <li><svg class="bmm-diagram-sample" viewBox="0 0 36 22" width="36" height="22" aria-hidden="true" focusable="false"><circle class="bmm-diagram-junction<#if junction.or> bmm-diagram-junction-or</#if>" cx="18" cy="11" r="6"/></svg> ${junction.label}</li>
</#list>
<#list diagram.legend.relations as line>
        <li><svg class="bmm-diagram-sample" viewBox="0 0 48 18" width="48" height="18" aria-hidden="true" focusable="false"><path class="bmm-diagram-line bmm-rel-${line.type}" d="M3 9 L45 9"<#if line.markerStart??> marker-start="url(#leyenda-${line.markerStart})"</#if><#if line.markerEnd??> marker-end="url(#leyenda-${line.markerEnd})"</#if>/></svg> ${line.verb}</li>
</#list>
      </ul>
    </div>
</#if>
</#macro>

<#-- The relations of the drawing as sentences with links: "OETI01: … realiza O7: …". -->
<#macro relationList diagram>
<#if diagram.relations?has_content>
    <details class="bmm-diagram-relations">
      <summary>${m.msg("diagram.relationsInText", diagram.relations?size?c)}</summary>
      <ul>
<#list diagram.relations as relation>
<li><@end relation.source/> ${relation.verb} <@end relation.target/><#if relation.note??> <span class="bmm-diagram-relation-note">(${relation.note})</span></#if></li>
</#list>
      </ul>
    </details>
</#if>
</#macro>

<#macro end ref>
<#if ref.uri??><a href="${content.rootpath}${ref.uri}">${ref.title}</a><#else>${ref.title}</#if><#t>
</#macro>

<#-- The view's figure: the image with the drawing offered below it, or the drawing in place of a missing image. -->
<#macro figure diagram>
<#if diagram.figure?? && diagram.figure.imageAvailable>
${diagram.figure.html}
    <details class="bmm-diagram-interactive">
      <summary>${m.msg("diagram.interactive")}</summary>
      <div class="bmm-diagram">
<@drawings diagram/>
<@legend diagram/>
      </div>
<@relationList diagram/>
    </details>
<#else>
    <figure class="bmm-figure bmm-diagram"<#if diagram.figure??> id="${diagram.figure.id}"</#if>>
<@drawings diagram/>
<@legend diagram/>
      <figcaption><#if diagram.figure??><span class="bmm-figure-number">${m.msg("figure.number", diagram.figure.number)}</span> ${diagram.figure.caption}<#else>${diagram.title}</#if>
<#assign missingImage><#if diagram.figure?? && diagram.figure.missingImage??><code>${diagram.figure.missingImage}</code></#if></#assign><#t>
        <span class="bmm-diagram-source">${m.msg("diagram.drawnFromModel")}<#if missingImage?has_content>${m.html("diagram.imageMissing", missingImage)}</#if>.</span></figcaption>
    </figure>
<@relationList diagram/>
</#if>
</#macro>
