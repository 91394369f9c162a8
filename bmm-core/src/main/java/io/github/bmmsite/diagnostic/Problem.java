package io.github.bmmsite.diagnostic;

/**
 * Every kind of problem the pipeline reports, with a stable code that users can search for
 * and that tests assert on. Codes are never reused for another meaning.
 */
public enum Problem {
    SOURCE_FOLDER_MISSING("BMM001", Severity.ERROR,
            "the source folder does not exist"),
    WRONG_ENCODING("BMM002", Severity.ERROR,
            "a file is not in the expected encoding (UTF-8, or `bmm.encoding`)"),
    UNREADABLE_FILE("BMM003", Severity.ERROR,
            "a file cannot be read"),
    NO_DOCUMENTS("BMM004", Severity.WARNING,
            "the source folder holds no documents"),
    BINARY_FILE("BMM005", Severity.ERROR,
            "a \"document\" is a binary file"),
    FILE_TOO_LARGE("BMM006", Severity.ERROR,
            "a file is larger than 16 MiB"),
    EMPTY_DOCUMENT("BMM007", Severity.WARNING,
            "a document is empty (one of metadata alone is a title page: no warning)"),
    NESTING_TOO_DEEP("BMM008", Severity.ERROR,
            "quotes or lists (documents), values (metadata blocks, model files) or XML elements (the architecture model) nested more than 100 levels deep"),
    LINK_OUTSIDE_SOURCE("BMM009", Severity.WARNING,
            "a symbolic link to a file outside the source folder (not read)"),

    METADATA_INVALID_YAML("BMM010", Severity.ERROR,
            "a metadata block is not valid YAML"),
    METADATA_NOT_A_MAP("BMM011", Severity.ERROR,
            "a metadata block is not a map"),
    METADATA_UNCLOSED("BMM012", Severity.WARNING,
            "a metadata block is never closed (it is read up to its blank line and not shown)"),
    LANGUAGE_MISMATCH("BMM013", Severity.WARNING,
            "a document's `lang` differs from the site language (only when `bmm.language` is not set)"),
    UNREADABLE_ENTRY("BMM014", Severity.WARNING,
            "an entry of the source folder is not read: a link that leads nowhere, loops or points at a folder, a FIFO, socket or device, a sub-folder that cannot be listed"),
    DATE_INVALID("BMM015", Severity.NOTE,
            "a `date` a document's authors wrote is no day in the forms read (`2026-11-30`, `30 de noviembre de 2026`, `30/11/2026`): its pages are dated as if it had none (a `date` a placeholder fills, such as `$COMMIT`, is not reported)"),
    LANGUAGE_TAG_INVALID("BMM016", Severity.WARNING,
            "a document's `lang` is not a BCP 47 language tag (ignored; pages keep the site language)"),
    LANGUAGE_SETTING_INVALID("BMM017", Severity.ERROR,
            "`bmm.language` is not a BCP 47 language tag"),
    LANGUAGE_WITHOUT_MESSAGES("BMM018", Severity.WARNING,
            "`bmm.language` names a language without built-in words (`es`, `en`): pages show the English ones, but for the messages the project translates"),
    MESSAGE_UNKNOWN("BMM019", Severity.WARNING,
            "a project's messages file sets a key that no built-in bundle has (the line changes nothing)"),

    UNRESOLVED_PLACEHOLDER("BMM020", Severity.WARNING,
            "a `$NAME` placeholder has no value"),
    MISSING_IMAGE("BMM021", Severity.WARNING,
            "an image does not exist"),
    IMAGE_OUTSIDE_SOURCE("BMM022", Severity.WARNING,
            "an image is outside the source folder (`../`, absolute path, `file:`, remote URL, link), or an `<img>` of raw HTML is outside the site: not published, the page shows a placeholder"),
    UNKNOWN_CROSS_REFERENCE("BMM023", Severity.WARNING,
            "a crossref names an unknown figure"),
    DUPLICATE_FIGURE_ID("BMM024", Severity.ERROR,
            "one document gives one figure id to two different images"),
    UNSAFE_HTML_REMOVED("BMM025", Severity.WARNING,
            "unsafe markup was removed: raw HTML (script, handler, frame, style, dangerous URL, …, in headings too), or a Markdown link to a `javascript:`, `data:`, … address"),

    DUPLICATE_ELEMENT("BMM030", Severity.ERROR,
            "one code is on two headings that the architecture model matches to two different elements"),
    MODEL_FILE_INVALID("BMM031", Severity.ERROR,
            "a model file has the wrong shape"),
    MODEL_UNKNOWN_ELEMENT("BMM032", Severity.ERROR,
            "a model file names an element no document describes"),
    MODEL_UNKNOWN_TYPE("BMM033", Severity.ERROR,
            "a model file names an unknown ArchiMate element type"),
    MODEL_UNKNOWN_RELATION("BMM034", Severity.ERROR,
            "a model file names an unknown relationship type"),
    MODEL_CONFLICT("BMM035", Severity.ERROR,
            "a model file contradicts itself (two groups, two types)"),

    TEMPLATE_ERROR("BMM040", Severity.ERROR,
            "a template cannot be loaded or fails"),
    BASE_URL_MISSING("BMM041", Severity.WARNING,
            "`bmm.baseUrl` is not set (sitemap URLs stay relative)"),
    OUTPUT_FAILED("BMM042", Severity.ERROR,
            "the output folder cannot be written (the OS's reason is given); or it is, holds or lies in a folder the bake reads (`bmm.source`, `bmm.templates`, `bmm.assets`, `bmm.model`), or it is or holds the project folder or `target/` itself; or it is not empty and no bake wrote it (no `.bmm-site`, and no `bmm.cleanOutput=true`); or a file the previous bake did not write is where the new site has one; or `bmm.keep` names a path outside it"),
    ADDRESS_SETTING_REFUSED("BMM043", Severity.ERROR,
            "`bmm.baseUrl` or a `config` setting whose name ends in `_url` is an address other than `http`, `https` or relative (`javascript:`, `data:`, `file:`, …); or `config.entity_logo` is not the path of a file among the assets (`..`, an absolute path, an address)"),
    OUTPUT_TIMESTAMP_INVALID("BMM047", Severity.ERROR,
            "`project.build.outputTimestamp` is neither seconds since 1970 nor an ISO 8601 date and time with its offset"),
    PAGE_DATES_UNKNOWN("BMM048", Severity.NOTE,
            "documents have no `date` and `project.build.outputTimestamp` is not set: their pages show no date"),

    CACHE_UNUSABLE("BMM055", Severity.WARNING,
            "the cache in `target/bmm-cache/` is damaged (a file where a folder belongs, a checksum that does not match, …) or cannot be saved: it is ignored and every page rendered; reported after the site is written, so it never fails a bake, not even in strict mode"),
    ENGINE_UNAVAILABLE("BMM060", Severity.ERROR,
            "`bmm.engine` names an engine that is unknown, or whose artifact is not among the plugin's dependencies (the message gives the XML to add)"),
    ENGINE_FAILED("BMM061", Severity.ERROR,
            "the JBake engine failed (its project could not be written, or JBake reported an error)"),
    ARCHITECTURE_MODEL_MISSING("BMM070", Severity.ERROR,
            "`bmm.model` does not exist, or its folder holds no model or several"),
    ARCHITECTURE_XML_INVALID("BMM071", Severity.ERROR,
            "a model file is not well-formed XML"),
    ARCHITECTURE_DTD_REFUSED("BMM072", Severity.ERROR,
            "a model file declares a DTD (refused: no entities, no external files)"),
    ARCHITECTURE_NOT_A_MODEL("BMM073", Severity.ERROR,
            "a file is not an ArchiMate model (or, in a coArchi folder, not one of its objects)"),
    ARCHITECTURE_MISSING_ID("BMM074", Severity.ERROR,
            "an element, relationship, view, box or line of the model has no id"),
    ARCHITECTURE_DUPLICATE_ID("BMM075", Severity.ERROR,
            "two objects of the model share an id"),
    ARCHITECTURE_DANGLING_REFERENCE("BMM076", Severity.ERROR,
            "a reference (`href`, `source`/`target`, `elementRef`, `relationshipRef`) points at nothing"),
    ARCHITECTURE_UNKNOWN_TYPE("BMM077", Severity.WARNING,
            "an element or relationship type that ArchiMate does not have, or a relationship that connects to another"
                    + " relationship: left out"),
    ARCHITECTURE_INVALID_VALUE("BMM078", Severity.ERROR,
            "a number of the model (bounds) is not a whole number"),
    ARCHITECTURE_VIEW_NOT_FOUND("BMM079", Severity.WARNING,
            "a view has no figure, or its figure id is no view of the model (its elements get only what their names match in the model)"),
    ARCHITECTURE_ELEMENT_NOT_FOUND("BMM080", Severity.WARNING,
            "a heading with a code matches no element of the model"),
    ARCHITECTURE_AMBIGUOUS_MATCH("BMM081", Severity.WARNING,
            "a heading matches several elements of the view (or of the model) and the view's table does not tell them apart"),
    ARCHITECTURE_CONFLICT("BMM082", Severity.ERROR,
            "the model file contradicts the architecture model (type, group, relation type)"),
    ARCHITECTURE_RELATION_MISSING("BMM083", Severity.WARNING,
            "the model file declares a relation that the architecture model does not have"),
    DESCRIPTION_DIFFERS("BMM085", Severity.WARNING,
            "views or documents describe one element with different texts, neither of them the model's documentation nor another version of the same view (the page shows all of them)"),
    ELEMENT_NAME_DIFFERS("BMM086", Severity.WARNING,
            "documents give one code different names, or a heading matched by code is named otherwise in the model, or only a later one writes the element's code (the page keeps the first heading, or the model's name)"),
    UNKNOWN_ANCHOR("BMM087", Severity.WARNING,
            "a link to `#id` finds no heading, figure or table (the page shows its text without the link)"),
    DUPLICATE_TABLE_ID("BMM088", Severity.ERROR,
            "two tables of one document share a `{#tbl:…}` id"),
    HEADING_SPELLS_MODEL_NAME("BMM089", Severity.NOTE,
            "a heading differs from its model element's name only in letter case, accents, spacing or a leading code (the page uses the model's)"),
    FIGURE_NOT_ALONE("BMM090", Severity.NOTE,
            "a view's figure follows a line of text with no blank line between; it is read as the view's figure"),
    TABLE_ROW_JOINED("BMM091", Severity.NOTE,
            "a table row's closing `|` is on the next line; the row is joined back"),
    VIEW_VERSIONS_DIFFER("BMM092", Severity.NOTE,
            "another document shows a view with another text; the page shows the chosen one and keeps this one under \"Otras versiones\""),
    VIEW_REPEATED("BMM093", Severity.NOTE,
            "a document shows one view twice; both are read as one view"),
    MODEL_AMBIGUOUS_NAME("BMM094", Severity.ERROR,
            "a model file names an element by a name that several elements share; give its code"),
    MATRIX_TOO_LARGE("BMM095", Severity.WARNING,
            "an alignment matrix is too large for a page even without its empty rows and columns: its first rows only are shown"),
    HEADING_IS_SECTION("BMM096", Severity.NOTE,
            "with the architecture model, a heading at the level of the elements names no element and has no code: it is a section of what precedes it (not said of a heading the document writes under several elements, such as a card's \"Ficha\")"),
    OLDER_EXPORT_TEXT("BMM097", Severity.NOTE,
            "an element's text is an older export than the architecture model's documentation, which another document has; the current one is shown first");

    private final String code;
    private final Severity severity;
    private final String meaning;

    Problem(String code, Severity severity, String meaning) {
        this.code = code;
        this.severity = severity;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** What the problem is, in one line of English (Markdown), as the generated reference lists it. */
    public String meaning() {
        return meaning;
    }
}
