package io.github.bmmsite.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the diagram browser tests ask of a view page: the drawing shown, its scale, its marks and names. */
final class DiagramViews {

    private DiagramViews() {
    }

    /** The drawing the page shows at the current width and zoom. */
    static WebElement shownDrawing(Browser browser) {
        List<WebElement> shown = browser.driver().findElements(By.cssSelector("svg.bmm-diagram-svg")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).as("drawings shown").hasSize(1);
        return shown.get(0);
    }

    /** Screen pixels per unit of the drawing's model. */
    static double scale(Browser browser, WebElement svg) {
        return ((Number) browser.driver().executeScript("return arguments[0].getBoundingClientRect().width"
                + " / arguments[0].viewBox.baseVal.width", svg)).doubleValue();
    }

    /**
     * The pairs of line-end marks (arrowheads, diamonds, dots) of the drawing that lie on each
     * other: marks whose middles (half a mark back from the line's end, along its last segment)
     * are closer than 10 units.
     */
    @SuppressWarnings("unchecked")
    static List<String> overlappingMarks(Browser browser, WebElement svg) {
        return (List<String>) browser.driver().executeScript("var marks = [];"
                + "arguments[0].querySelectorAll('.bmm-diagram-line path').forEach(function (line) {"
                + "  var d = line.getAttribute('d');"
                + "  if (/[^ML0-9 .-]/.test(d)) return;"
                + "  var n = d.replace(/[ML]/g, ' ').trim().split(/\\s+/).map(Number);"
                + "  var ends = [];"
                + "  var style = getComputedStyle(line);"
                + "  if (style.markerEnd !== 'none') ends.push([n.length - 2, n.length - 4]);"
                + "  if (style.markerStart !== 'none') ends.push([0, 2]);"
                + "  ends.forEach(function (e) {"
                + "    var x = n[e[0]], y = n[e[0] + 1], dx = x - n[e[1]], dy = y - n[e[1] + 1];"
                + "    var l = Math.hypot(dx, dy) || 1;"
                + "    marks.push({x: x - dx / l * 6, y: y - dy / l * 6, d: d});"
                + "  });"
                + "});"
                + "var out = [];"
                + "for (var i = 0; i < marks.length; i++) for (var j = i + 1; j < marks.length; j++)"
                + "  if (Math.hypot(marks[i].x - marks[j].x, marks[i].y - marks[j].y) < 10)"
                + "    out.push(marks[i].d + ' / ' + marks[j].d);"
                + "return out;", svg);
    }

    /** Every line of text of the drawing (names, notes, lines' names) that ends in "…". */
    @SuppressWarnings("unchecked")
    static List<String> cutNames(Browser browser, WebElement svg) {
        return (List<String>) browser.driver().executeScript("return Array.from(arguments[0].querySelectorAll('text'))"
                + ".map(function (t) { return t.textContent; })"
                + ".filter(function (t) { return /…\\s*$/.test(t); });", svg);
    }

    /**
     * The lines of element names the browser draws outside their box (or the label box of a
     * container), by at least two units sideways.
     */
    @SuppressWarnings("unchecked")
    static List<String> namesOutsideTheirBoxes(Browser browser, WebElement svg) {
        return (List<String>) browser.driver().executeScript("var out = [];"
                + "arguments[0].querySelectorAll('.bmm-diagram-element').forEach(function (a) {"
                + "  var box = a.querySelector('.bmm-diagram-box').getBBox();"
                + "  a.querySelectorAll('text > tspan').forEach(function (t) {"
                + "    var r = t.getBBox();"
                + "    if (r.x < box.x + 2 || r.x + r.width > box.x + box.width - 2"
                + "        || r.y < box.y || r.y + r.height > box.y + box.height)"
                + "      out.push(t.textContent + ' (' + Math.round(r.width) + ' in ' + box.width + ')');"
                + "  });"
                + "}); return out;", svg);
    }
}
