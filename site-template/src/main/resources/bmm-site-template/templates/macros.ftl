<#-- Small pieces that several page templates share. -->

<#-- The words of the site (data.messages, from the bundle of bmm.language) with their arguments {0}, {1}, … in
     place: msg gives text, which the page escapes; html gives markup, its arguments being markup
     (links made in the template) or text. A key no bundle has fails the page, naming the template's line. -->
<#function msg key args...>
  <#local text = data.messages[key]>
  <#-- Most texts have no arguments: they skip the splitting, which every link of a page would pay. -->
  <#if !text?contains("{")>
    <#return text>
  </#if>
  <#local text = "">
  <#list pieces(key) as piece>
    <#local text += argument(piece, args)!piece>
  </#list>
  <#return text>
</#function>

<#function html key args...>
  <#if !data.messages[key]?contains("{")>
    <#return data.messages[key]?esc>
  </#if>
  <#local markup = ""?no_esc>
  <#list pieces(key) as piece>
    <#local markup += argument(piece, args)!piece>
  </#list>
  <#return markup>
</#function>

<#-- The .one or .other form of a text that counts, with the count as its {0}. -->
<#function count key n>
  <#return msg(key + (n == 1)?then(".one", ".other"), n?c)>
</#function>

<#-- Split once, so that an argument that holds "{1}" stays as written. -->
<#function pieces key>
  <#return data.messages[key]?split(r"(?=\{\d})|(?<=\{\d})", "r")>
</#function>

<#function argument piece args>
  <#if piece?matches(r"\{\d}") && piece[1]?number < args?size>
    <#return args[piece[1]?number]>
  </#if>
</#function>
<#-- Right under the title of a page made from a draft document; on the home page, the views that are drafts.
     The authors' notes are shown as they wrote them, their line breaks kept. -->
<#macro draftNotice>
<#if content.draft??>
    <div class="draft-notice" role="note" aria-labelledby="aviso-borrador">
<#if content.draft.views?has_content>
      <p class="draft-notice-title" id="aviso-borrador">${msg("page.draft.viewsTitle")}</p>
      <p>${msg("page.draft.views")}</p>
      <ul class="draft-views">
<#list content.draft.views as view>
        <li><a href="${content.rootpath}${view.uri}">${marked(view.title)}</a></li>
</#list>
      </ul>
<#else>
      <p class="draft-notice-title" id="aviso-borrador">${msg("page.draft.title")}</p>
      <p>${msg("page.draft.text")}</p>
</#if>
<#list content.draft.notes as note>
      <p class="draft-note">${msg("page.draft.authorsNote", note)}</p>
</#list>
    </div>
</#if>
</#macro>

<#-- When the page was published and last updated, in words and for machines. -->
<#macro pageDates>
<#if content.dates??>
    <p class="container page-dates">${html("page.published", day(content.dates.published))}<#if content.dates.updated??> · ${html("page.updated", day(content.dates.updated))}</#if></p>
</#if>
</#macro>

<#function day date>
  <#local markup><time datetime="${date.iso}">${date.text}</time></#local>
  <#return markup>
</#function>

<#-- The GOV.CO wordmark, drawn with the text's colour; the link around it names the portal in words. -->
<#macro govcoLogo>
<svg class="govco-logo" viewBox="0 0 140 24" width="140" height="24" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"><path d="M19.66 5.57A10 10 0 1 0 22 12H13"/><circle cx="40" cy="12" r="10"/><path d="M57 2l9 20 9-20"/><path d="M107.07 4.93a10 10 0 1 0 0 14.14"/><circle cx="128" cy="12" r="10"/></g><circle cx="82.5" cy="20" r="2.5" fill="currentColor"/></svg><#t>
</#macro>

<#-- A name or title with its placeholders that have no value ($APP) marked as the body marks them. -->
<#function marked text>
  <#if !text?contains("$")>
    <#return text?esc>
  </#if>
  <#return text?esc?markup_string?replace(r'(?<![\w$\\])\$([A-Z][A-Z0-9_]*)\b', '<mark class="bmm-unresolved" title="' + msg("page.unresolvedPlaceholder", "$1")?esc?markup_string + '">$1</mark>', 'r')?no_esc>
</#function>

<#-- The same as plain text, where no markup can be (the window's title): the placeholder by its bare name. -->
<#function plain text>
  <#if !text?contains("$")>
    <#return text>
  </#if>
  <#return text?replace(r'(?<![\w$\\])\$([A-Z][A-Z0-9_]*)\b', '$1', 'r')>
</#function>

<#macro elementLink element>
<a href="${content.rootpath}${element.uri}"><#if element.code??><span class="element-code">${element.code}</span> </#if>${marked(element.name)}</a><#t>
</#macro>

<#macro typeBadge element>
<#if element.typeLabel??><span class="type-badge">${element.typeLabel}</span></#if><#t>
</#macro>

<#macro elementCount n>${count("count.elements", n)}</#macro>

<#-- An element with its type: the list item of views, groups, relations and the home page. -->
<#-- An element of the model's view that no document describes: said so, with the model's own text if any. -->
<#macro undescribedNotice element>
<#if element.undescribed??>
        <p class="undescribed"><em>${element.undescribed?cap_first}.</em></p>
</#if>
</#macro>

<#macro elementItem element>
<#if element.contained??>
        <li><@elementLink element/> <@typeBadge element/>
          <ul class="element-list contained-elements" aria-label="${msg("element.inside", plain(element.title))}">
<#list element.contained as inside>
<@elementItem inside/>
</#list>
          </ul>
        </li>
<#else>
        <li><@elementLink element/> <@typeBadge element/></li>
</#if>
</#macro>

<#-- Navigation beside the text, for the pages whose content it wraps: from about 1100 px a side column
     with "En esta página" (the page's sections: its h2 with ids, outside disclosures, when it has two or
     more) and the elements of the page's group or view ("neighbours", content.neighbours); narrower, the
     sections fold into a disclosure where the page writes <@m.sectionsHere/> (after its title) and the
     elements follow the text. What comes after <@m.fullWidthFromHere/> (a drawing, cards) takes the
     whole width, below the side column. The sections are read from the markup the page's templates
     wrote, so the list cannot disagree with the page; each copy of it
     is hidden where the other shows. -->
<#macro pageLayout neighbours={}>
<#local page><#nested></#local>
<#local sections = headings(page?markup_string)>
<#local hasSections = sections?size gt 1>
<#local parts = page?markup_string?split(fullWidthMarker)>
<#local text = parts[0]>
<#local fullWidth = parts[1..]?join("")>
<#if !hasSections && !neighbours?has_content>
${(text + fullWidth)?replace(sectionsMarker, "")?no_esc}<#return>
</#if>
<#local folded><#if hasSections>
    <details class="page-sections-folded">
      <summary>${msg("nav.onThisPage")}</summary>
      <nav aria-label="${msg("nav.onThisPage")}">
<@sectionList sections/>
      </nav>
    </details>
</#if></#local>
    <div class="page-layout">
      <div class="page-text">
${text?replace(sectionsMarker, folded?markup_string)?no_esc}
      </div>
      <div class="page-aside">
<#if hasSections>
        <nav class="page-nav page-sections" aria-labelledby="en-esta-pagina">
          <h2 id="en-esta-pagina" class="page-nav-title">${msg("nav.onThisPage")}</h2>
<@sectionList sections/>
        </nav>
</#if>
<#if neighbours?has_content>
<#local whole><a href="${content.rootpath}${neighbours.uri}">${marked(neighbours.title)}</a></#local>
        <nav class="page-nav page-neighbours" aria-labelledby="elementos-vecinos">
          <h2 id="elementos-vecinos" class="page-nav-title">${(neighbours.kind == "group")?then(html("nav.groupElements", whole), html("nav.viewElements", whole))}</h2>
          <ul>
<#list neighbours.elements as element>
<#if element.key == (content.element.key)!"">
            <li><span aria-current="page"><#if element.code??><span class="element-code">${element.code}</span> </#if>${marked(element.name)}</span></li>
<#else>
            <li><@elementLink element/></li>
</#if>
</#list>
          </ul>
<#if neighbours.size gt neighbours.elements?size>
          <p class="more"><a href="${content.rootpath}${neighbours.uri}">${msg("nav.allElements", neighbours.size?c)}</a></p>
</#if>
        </nav>
</#if>
      </div>
    </div>
<#if fullWidth?has_content>
${fullWidth?no_esc}<#t>
</#if>
</#macro>

<#-- The h2 with an id in a page's markup, outside disclosures, as {id, text}. Found with ?index_of, which
     costs a page a few microseconds where patterns over the whole page cost it a tenth of a millisecond. -->
<#function headings markup>
  <#local found = []>
  <#local from = 0>
  <#list 1.. as ignored>
    <#local start = markup?index_of("<h2", from)>
    <#if start lt 0><#break></#if>
    <#local disclosure = markup?index_of("<details", from)>
    <#if disclosure gte 0 && disclosure lt start>
      <#local from = markup?index_of("</details>", disclosure)>
      <#if from lt 0><#break></#if>
      <#continue>
    </#if>
    <#local tagEnd = markup?index_of(">", start)>
    <#local end = markup?index_of("</h2>", tagEnd)>
    <#if tagEnd lt 0 || end lt 0><#break></#if>
    <#local tag = markup[start..<tagEnd]>
    <#local id = tag?keep_after(' id="')?keep_before('"')>
    <#if tag?starts_with("<h2 ") && id?has_content>
      <#local found += [{"id": id, "text": markup[tagEnd + 1..<end]}]>
    </#if>
    <#local from = end>
  </#list>
  <#return found>
</#function>

<#-- Where a page wrapped by <@m.pageLayout> shows its sections folded on narrow screens: after its title. -->
<#assign sectionsMarker = "<!-- bmm:sections -->">
<#macro sectionsHere>${sectionsMarker?no_esc}</#macro>

<#-- Where the page's content wrapped by <@m.pageLayout> starts to take the whole width (the first mark counts). -->
<#assign fullWidthMarker = "<!-- bmm:full-width -->">
<#macro fullWidthFromHere>${fullWidthMarker?no_esc}</#macro>

<#-- The links to a page's sections: their headings' text, without its markup. -->
<#macro sectionList sections>
          <ul>
<#list sections as section>
            <li><a href="#${section.id}">${section.text?replace(r'<[^>]+>', '', 'r')?trim?no_esc}</a></li>
</#list>
          </ul>
</#macro>

<#-- A view as a card of a list: its drawing in small, decoration only (the link's text is the view's
     title), and its title. -->
<#macro viewCard view>
        <li class="card<#if view.thumbnail??> view-card</#if>"><a href="${content.rootpath}${view.uri}"><#if view.thumbnail??><img src="${content.rootpath}${view.thumbnail}" alt="" loading="lazy"></#if><span>${marked(view.title)}</span></a></li>
</#macro>

<#-- The way to the other pages of a long list (content.pagination): the previous and next pages,
     which rel="prev" and rel="next" also give in the head, and the first, the last and the nearby ones. -->
<#macro pagination pager>
    <nav class="pagination" aria-label="${msg("pagination.label")}">
      <ul>
<#if pager.previous??>
        <li><a href="${content.rootpath}${pager.previous}" rel="prev">${msg("pagination.previous")}</a></li>
</#if>
<#list pager.pages as page>
<#if page.afterGap>
        <li class="pagination-gap" aria-hidden="true">…</li>
</#if>
        <li><a href="${content.rootpath}${page.uri}" aria-label="${msg("pagination.page", page.number?c)}"<#if page.number == pager.number> aria-current="page"</#if>>${page.number?c}</a></li>
</#list>
<#if pager.next??>
        <li><a href="${content.rootpath}${pager.next}" rel="next">${msg("pagination.next")}</a></li>
</#if>
      </ul>
    </nav>
</#macro>

<#-- "root" is given by pages that are served from any depth (404). -->
<#macro breadcrumbs trail root=content.rootpath>
    <nav class="breadcrumbs" aria-label="${msg("page.breadcrumbs")}">
      <ol>
        <li><a href="${root}index.html">${msg("nav.home")}</a></li>
<#list trail as step>
        <li><a href="${root}${step.uri}">${marked(step.title)}</a></li>
</#list>
        <li><span aria-current="page">${marked(content.title)}</span></li>
      </ol>
    </nav>
</#macro>

<#-- The architecture model's properties (key | value). Labelled by the heading "labelledBy" names,
     else by its own caption. -->
<#macro propertiesTable properties labelledBy="" caption=msg("properties.caption")>
      <table class="properties"<#if labelledBy?has_content> aria-labelledby="${labelledBy}"</#if>>
<#if !labelledBy?has_content>
        <caption>${caption}</caption>
</#if>
        <thead><tr><th scope="col">${msg("properties.property")}</th><th scope="col">${msg("properties.value")}</th></tr></thead>
        <tbody>
<#list properties as property>
          <tr><th scope="row">${marked(property.key)}</th><td><#if property.url??><a href="${property.url}" rel="noopener noreferrer">${property.value}</a><#else>${marked(property.value)}</#if></td></tr>
</#list>
        </tbody>
      </table>
</#macro>

<#-- An element at the other end of a relation: the relation's name when it says more than the list's
     verb, and what the model says of it (documentation, properties, its page) in a disclosure. -->
<#macro relatedItem element>
<#if element.relation.body?? || element.relation.properties?has_content>
        <li><@elementLink element/> <@typeBadge element/><@relationName element/>
          <details class="relation-details">
            <summary>${msg(element.relation.body???then("relation.details.documentation", "relation.details.properties"))}<span class="visually-hidden"> ${html("relation.details.with", marked(element.title))}</span></summary>
<#if element.relation.body??>
            <div class="document-text">
${element.relation.body}
            </div>
</#if>
<#if element.relation.properties?has_content>
<@propertiesTable properties=element.relation.properties caption=msg("relation.details.properties")/>
</#if>
<#if element.relation.uri??>
            <p><a href="${content.rootpath}${element.relation.uri}">${msg("relation.details.page")}<span class="visually-hidden"> ${html("relation.details.with", marked(element.title))}</span></a></p>
</#if>
          </details>
        </li>
<#else>
        <li><@elementLink element/> <@typeBadge element/><@relationName element/></li>
</#if>
</#macro>

<#macro relationName element>
<#if element.relation.name??> <span class="relation-name">${html("text.quoted", marked(element.relation.name))}</span></#if><#t>
</#macro>
