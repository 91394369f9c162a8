package io.github.bmmsite.index;

import java.util.List;
import java.util.Optional;

/**
 * One page as the site's search sees it: plain text only.
 *
 * @param name as shown, a pending placeholder by its bare name
 * @param pending the placeholders without value in the name and text, which the results page marks
 */
public record SearchDocument(String uri, String kind, Optional<String> code, String name, Optional<String> type,
                             Optional<String> group, String text, List<String> pending) {
}
