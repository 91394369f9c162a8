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
    /**
     * The lists of every document (with text of its own), view, group, matrix and element, which the
     * home page shows only the beginning of. Their folder holds nothing else, so no slug can take their names.
     */
    public static final String ALL_DOCUMENTS = "indice/documentos.html";
    public static final String ALL_VIEWS = "indice/vistas.html";
    public static final String ALL_GROUPS = "indice/grupos.html";
    public static final String ALL_MATRICES = "indice/matrices.html";
    public static final String ALL_ELEMENTS = "indice/elementos.html";

    private SitePaths() {
    }

    public static String of(Element element) {
        return "elementos/" + element.slug() + ".html";
    }

    public static String of(Group group) {
        return "grupos/" + group.slug() + ".html";
    }

    /** The list of the matrices a group's elements take part in, when its page shows only the beginning of it. */
    public static String matricesOf(Group group) {
        return "grupos/" + group.slug() + ".matrices.html";
    }

    /** A matrix is named after its group of rows, which has one matrix at most. */
    public static String of(AlignmentMatrix matrix) {
        return "matrices/" + matrix.rowGroup().slug() + ".html";
    }

    public static String of(View view) {
        return "vistas/" + view.slug() + ".html";
    }

    /** A view's drawing in small, for the cards that link to the view. */
    public static String thumbnailOf(View view) {
        return "vistas/miniaturas/" + view.slug() + ".svg";
    }

    /** The list of a view's elements in no group, when its page shows only the beginning of it. */
    public static String otherElementsOf(View view) {
        return "vistas/" + view.slug() + ".otros-elementos.html";
    }

    /**
     * Page {@code number} (from 1) of a list whose first page is {@code uri}: page 1 is the list's own
     * address, page 2 of {@code grupos/objetivos.html} is {@code grupos/objetivos.pagina-2.html}. No
     * slug holds a dot, so no other page can have that address.
     */
    public static String page(String uri, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("pages are numbered from 1: " + number);
        }
        return number == 1 ? uri : uri.substring(0, uri.length() - ".html".length()) + ".pagina-" + number + ".html";
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
