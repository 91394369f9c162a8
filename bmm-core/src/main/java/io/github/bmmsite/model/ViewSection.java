package io.github.bmmsite.model;

import java.util.List;
import java.util.Optional;

/**
 * The elements a view of the model draws right inside one box: a Grouping (a group of the site), an
 * element that holds others (an application component and its functions), or a visual group.
 *
 * @param title the group's name, the container's title or the visual group's label
 * @param group the group of a Grouping
 * @param containerKey the element that holds the members, when it is no Grouping
 * @param memberKeys the elements drawn right inside, each listed once on the view
 */
public record ViewSection(String title, Optional<String> group, Optional<String> containerKey,
                          List<String> memberKeys) {

    public ViewSection {
        memberKeys = List.copyOf(memberKeys);
    }
}
