<#-- Page footer and the end of the document. JBake convention: included last.
     The entity's contact data and links (GOV.CO footer) come from the configuration; only those set are shown. -->
<#assign contacts = [
  {"key": "contact_address", "label": "Dirección"},
  {"key": "contact_hours", "label": "Horario de atención"},
  {"key": "contact_phone", "label": "Teléfono"},
  {"key": "contact_email", "label": "Correo electrónico", "mail": true},
  {"key": "contact_notifications_email", "label": "Correo para notificaciones judiciales", "mail": true}
]?filter(c -> config[c.key]?has_content)>
<#assign footerLinks = [
  {"key": "transparency_url", "label": "Transparencia y acceso a la información pública"},
  {"key": "privacy_url", "label": "Política de privacidad y tratamiento de datos personales"},
  {"key": "terms_url", "label": "Términos y condiciones de uso"}
]?filter(l -> config[l.key]?has_content)?map(l -> {"href": config[l.key], "label": l.label})
  + [{"href": root + "datos/index.html", "label": "Datos abiertos"}]>
<#assign note = [config.entity_name?has_content?then(config.site_title, ""), config.footer_text!""]?filter(t -> t?has_content)>
  <footer class="site-footer">
    <div class="container footer-columns">
      <section class="footer-entity" aria-labelledby="pie-entidad">
        <h2 id="pie-entidad" class="footer-title">${config.entity_name?has_content?then(config.entity_name, config.site_title)}</h2>
<#if contacts?has_content>
        <dl class="footer-contact">
<#list contacts as contact>
          <dt>${contact.label}</dt>
          <dd><#if contact.mail??><a href="mailto:${config[contact.key]}">${config[contact.key]}</a><#else>${config[contact.key]}</#if></dd>
</#list>
        </dl>
</#if>
      </section>
      <nav class="footer-links" aria-label="Enlaces de la entidad">
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
        <a class="govco-link" href="https://www.gov.co/">GOV.CO<span class="visually-hidden"> (portal único del Estado colombiano)</span></a>
      </div>
    </div>
  </footer>
</body>
</html>
