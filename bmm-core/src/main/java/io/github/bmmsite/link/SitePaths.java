package io.github.bmmsite.link;

import io.github.bmmsite.model.AlignmentMatrix;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.ExportedDocument;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.Relation;
import io.github.bmmsite.model.View;

/**
 * Where each page lives in the site. Every page but the home sits one folder deep, so that
 * links between them are the same from any of them and the site works from disk and under a
 * sub-path ({@code https://owner.github.io/repo/}).
 */
public final class SitePaths {

    public static final String HOME = "index.html";
    /** The way back to the root from every page that shows document text (all are one folder deep). */
    public static final String CONTENT_ROOT = "../";
    public static final String SITEMAP = "sitemap.xml";
    public static final String SEARCH = "search.html";
    public static final String SEARCH_DATA = "search-index.js";
    public static final String NOT_FOUND = "404.html";
    public static final String OPEN_DATA = "datos/index.html";
    /** The site's sections, for people (sitemap.xml is for search engines). */
    public static final String SITE_MAP = "mapa-del-sitio.html";
    /** The views of the architecture model by folder, as Archi's model tree shows them. */
    public static final String MODEL = "modelo/index.html";
    /** Images of the documents, under their path relative to the source folder. */
    public static final String IMAGES = "imagenes/";

    private SitePaths() {
    }

    public static String of(Element element) {
        return "elementos/" + element.slug() + ".html";
    }

    public static String of(Group group) {
        return "grupos/" + group.slug() + ".html";
    }

    /** A matrix is named after its group of rows, which has one matrix at most. */
    public static String of(AlignmentMatrix matrix) {
        return "matrices/" + matrix.rowGroup().slug() + ".html";
    }

    public static String of(View view) {
        return "vistas/" + view.slug() + ".html";
    }

    /** Only a relation the architecture model documents or gives properties has a page. */
    public static String of(Relation relation) {
        return "relaciones/" + relation.details().slug().orElseThrow() + ".html";
    }

    public static String of(ExportedDocument document) {
        return "documentos/" + document.slug() + ".html";
    }

    /** The prefix that leads from a page back to the site root: {@code ""} or {@code "../"}. */
    public static String rootPathOf(String uri) {
        StringBuilder root = new StringBuilder();
        for (int i = 0; i < uri.length(); i++) {
            if (uri.charAt(i) == '/') {
                root.append("../");
            }
        }
        return root.toString();
    }
}
