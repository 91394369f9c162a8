package io.github.bmmsite.diagnostic;

/**
 * Every kind of problem the pipeline reports, with a stable code that users can search for
 * and that tests assert on. Codes are never reused for another meaning.
 */
public enum Problem {
    SOURCE_FOLDER_MISSING("BMM001", Severity.ERROR),
    WRONG_ENCODING("BMM002", Severity.ERROR),
    UNREADABLE_FILE("BMM003", Severity.ERROR),
    NO_DOCUMENTS("BMM004", Severity.WARNING),
    BINARY_FILE("BMM005", Severity.ERROR),
    FILE_TOO_LARGE("BMM006", Severity.ERROR),
    EMPTY_DOCUMENT("BMM007", Severity.WARNING),
    NESTING_TOO_DEEP("BMM008", Severity.ERROR),
    LINK_OUTSIDE_SOURCE("BMM009", Severity.WARNING),

    METADATA_INVALID_YAML("BMM010", Severity.ERROR),
    METADATA_NOT_A_MAP("BMM011", Severity.ERROR),
    METADATA_UNCLOSED("BMM012", Severity.WARNING),
    LANGUAGE_MISMATCH("BMM013", Severity.WARNING),
    UNREADABLE_ENTRY("BMM014", Severity.WARNING),
    LANGUAGE_TAG_INVALID("BMM016", Severity.WARNING),

    UNRESOLVED_PLACEHOLDER("BMM020", Severity.WARNING),
    MISSING_IMAGE("BMM021", Severity.WARNING),
    IMAGE_OUTSIDE_SOURCE("BMM022", Severity.WARNING),
    UNKNOWN_CROSS_REFERENCE("BMM023", Severity.WARNING),
    DUPLICATE_FIGURE_ID("BMM024", Severity.ERROR),
    UNSAFE_HTML_REMOVED("BMM025", Severity.WARNING),

    DUPLICATE_ELEMENT("BMM030", Severity.ERROR),
    MODEL_FILE_INVALID("BMM031", Severity.ERROR),
    MODEL_UNKNOWN_ELEMENT("BMM032", Severity.ERROR),
    MODEL_UNKNOWN_TYPE("BMM033", Severity.ERROR),
    MODEL_UNKNOWN_RELATION("BMM034", Severity.ERROR),
    MODEL_CONFLICT("BMM035", Severity.ERROR),

    TEMPLATE_ERROR("BMM040", Severity.ERROR),
    BASE_URL_MISSING("BMM041", Severity.WARNING),
    OUTPUT_FAILED("BMM042", Severity.ERROR),
    ADDRESS_SETTING_REFUSED("BMM043", Severity.ERROR),

    CACHE_UNUSABLE("BMM055", Severity.WARNING),
    ENGINE_UNAVAILABLE("BMM060", Severity.ERROR),
    ENGINE_FAILED("BMM061", Severity.ERROR),
    ARCHITECTURE_MODEL_MISSING("BMM070", Severity.ERROR),
    ARCHITECTURE_XML_INVALID("BMM071", Severity.ERROR),
    ARCHITECTURE_DTD_REFUSED("BMM072", Severity.ERROR),
    ARCHITECTURE_NOT_A_MODEL("BMM073", Severity.ERROR),
    ARCHITECTURE_MISSING_ID("BMM074", Severity.ERROR),
    ARCHITECTURE_DUPLICATE_ID("BMM075", Severity.ERROR),
    ARCHITECTURE_DANGLING_REFERENCE("BMM076", Severity.ERROR),
    ARCHITECTURE_UNKNOWN_TYPE("BMM077", Severity.WARNING),
    ARCHITECTURE_INVALID_VALUE("BMM078", Severity.ERROR),
    ARCHITECTURE_VIEW_NOT_FOUND("BMM079", Severity.WARNING),
    ARCHITECTURE_ELEMENT_NOT_FOUND("BMM080", Severity.WARNING),
    ARCHITECTURE_AMBIGUOUS_MATCH("BMM081", Severity.WARNING),
    ARCHITECTURE_CONFLICT("BMM082", Severity.ERROR),
    ARCHITECTURE_RELATION_MISSING("BMM083", Severity.WARNING),
    DESCRIPTION_DIFFERS("BMM085", Severity.WARNING),
    ELEMENT_NAME_DIFFERS("BMM086", Severity.WARNING),
    UNKNOWN_ANCHOR("BMM087", Severity.WARNING),
    DUPLICATE_TABLE_ID("BMM088", Severity.ERROR),
    HEADING_SPELLS_MODEL_NAME("BMM089", Severity.NOTE),
    FIGURE_NOT_ALONE("BMM090", Severity.NOTE),
    TABLE_ROW_JOINED("BMM091", Severity.NOTE),
    VIEW_VERSIONS_DIFFER("BMM092", Severity.NOTE),
    VIEW_REPEATED("BMM093", Severity.NOTE),
    MODEL_AMBIGUOUS_NAME("BMM094", Severity.ERROR),
    MATRIX_TOO_LARGE("BMM095", Severity.WARNING),
    HEADING_IS_SECTION("BMM096", Severity.NOTE),
    OLDER_EXPORT_TEXT("BMM097", Severity.NOTE);

    private final String code;
    private final Severity severity;

    Problem(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }
}
