<#-- Page footer and the end of the document. JBake convention: included last.
     The page's dates, then the entity's logo, contact data and links (GOV.CO footer, Res. MinTIC 1519 de 2020,
     Anexo 2): each from the configuration, and only those set are shown; the site map and open data always. -->
<#import "macros.ftl" as m>
<#assign contacts = [
  {"key": "contact_address", "label": m.msg("footer.address")},
  {"key": "contact_hours", "label": m.msg("footer.hours")},
  {"key": "contact_phone", "label": m.msg("footer.phone")},
  {"key": "contact_email", "label": m.msg("footer.email"), "mail": true},
  {"key": "contact_notifications_email", "label": m.msg("footer.notificationsEmail"), "mail": true}
]?filter(c -> config[c.key]?has_content)>
<#assign footerLinks = [
  {"key": "transparency_url", "label": m.msg("nav.transparency")},
  {"key": "privacy_url", "label": m.msg("footer.privacy")},
  {"key": "terms_url", "label": m.msg("footer.terms")}
]?filter(l -> config[l.key]?has_content)?map(l -> {"href": config[l.key], "label": l.label})
  + [{"href": root + "mapa-del-sitio.html", "label": m.msg("siteMap.title")},
     {"href": root + "datos/index.html", "label": m.msg("openData.title")}]>
<#assign entityName = config.entity_name?has_content?then(config.entity_name, config.site_title)>
<#assign note = [config.entity_name?has_content?then(config.site_title, ""), config.footer_text!""]?filter(t -> t?has_content)>
  <footer class="site-footer">
<@m.pageDates/>
    <div class="container footer-columns">
      <section class="footer-entity" aria-labelledby="pie-entidad">
<#if config.entity_logo?has_content>
        <img class="footer-logo" src="${root}assets/${config.entity_logo}" alt="${entityName}">
</#if>
        <h2 id="pie-entidad" class="footer-title">${entityName}</h2>
<#if contacts?has_content>
        <dl class="footer-contact">
<#list contacts as contact>
          <dt>${contact.label}</dt>
          <dd><#if contact.mail??><a href="mailto:${config[contact.key]}">${config[contact.key]}</a><#else>${config[contact.key]}</#if></dd>
</#list>
        </dl>
</#if>
      </section>
      <nav class="footer-links" aria-label="${m.msg("footer.links")}">
        <ul>
<#list footerLinks as link>
          <li><a href="${link.href}">${link.label}</a></li>
</#list>
        </ul>
      </nav>
    </div>
<#if note?has_content>
    <p class="container footer-note">${note?join(" · ")}</p>
</#if>
    <div class="govco-bar govco-bar-footer">
      <div class="container">
        <a class="govco-link" href="https://www.gov.co/"><@m.govcoLogo/><span class="visually-hidden">GOV.CO ${m.msg("page.govcoPortal")}</span></a>
      </div>
    </div>
  </footer>
</body>
</html>
