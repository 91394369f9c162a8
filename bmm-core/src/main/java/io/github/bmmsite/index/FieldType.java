package io.github.bmmsite.index;

/** What a field of the open data holds, as the data dictionary names it in the site's language. */
enum FieldType {
    TEXT("openData.type.text"),
    URL("openData.type.url"),
    /** A JSON array of texts. */
    LIST("openData.type.list"),
    /** A list in one CSV cell, an item per line. */
    LINES("openData.type.lines"),
    /** A JSON object of texts by key. */
    OBJECT("openData.type.object");

    private final String messageKey;

    FieldType(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
