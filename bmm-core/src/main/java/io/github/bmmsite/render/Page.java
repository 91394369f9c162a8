package io.github.bmmsite.render;

import java.util.Map;

/**
 * A page to render: its path from the site root, its template (by JBake's naming, {@code element.ftl})
 * and its {@code content}.
 */
public record Page(String uri, String template, Map<String, Object> content) {
}
