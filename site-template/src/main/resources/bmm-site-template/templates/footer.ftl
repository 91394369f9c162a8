<#-- Page footer and the end of the document. JBake convention: included last. -->
  <footer class="site-footer">
    <p>${config.site_title}<#if config.footer_text??> · ${config.footer_text}</#if></p>
  </footer>
</body>
</html>
