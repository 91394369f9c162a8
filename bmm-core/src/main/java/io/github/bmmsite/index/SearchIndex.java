package io.github.bmmsite.index;

import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.render.SitePages;
import io.github.bmmsite.write.OutputFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The site's search data: a lunr index built at bake time, cut into parts that the results page
 * loads as scripts when a query needs them, so that the first results of a large site come after
 * a few small files rather than after the whole index (browsers refuse to fetch JSON from file://
 * pages, hence scripts).
 *
 * <ul>
 *   <li>{@code search-index.js}: the fields, every term of the index in sorted order (to expand
 *   prefixes and typos), and the first term of each part of terms;</li>
 *   <li>{@code search-index/terms-N.js}: for each term of a range, its lunr term index and, per
 *   field, the documents that contain it with the term's weight there; and which documents have
 *   each code key (as the results page compares codes) of that range;</li>
 *   <li>{@code search-index/documents-N.js}: what the results show of {@value #DOCUMENTS_PER_PART}
 *   documents, in model order.</li>
 * </ul>
 *
 * <p>The weights are lunr 2.3.9's own (BM25 with its k1 and b, the field boosts, rounded to
 * thousandths, {@code lunr.Builder#createFieldVectors}) and term indexes are given in the order
 * lunr's builder meets the terms, so the browser's lunr scores exactly as if it had built the
 * index itself from the documents.
 */
public final class SearchIndex {

    public static final String FOLDER = "search-index/";
    /** Few enough that a page of results loads little text; enough that a site has few files. */
    static final int DOCUMENTS_PER_PART = 32;
    /** About this many bytes of terms per part: a query needs one or two. */
    static final int TERMS_PER_PART_BYTES = 16 * 1024;
    private static final int ANALYSED_AT_ONCE = 1024;

    private static final List<String> FIELDS = List.of("code", "name", "type", "group", "text");
    private static final int[] BOOSTS = {10, 5, 2, 2, 1};
    private static final int CODE = 0;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private SearchIndex() {
    }

    /**
     * The search data of a site: its elements, groups, views, documents and matrices, analysed as
     * the results page analyses queries (its message {@code search.language}).
     */
    public static List<OutputFile> files(SitePages site, Links links, Messages messages) {
        List<SearchDocument> documents = new ArrayList<>(SearchDocuments.of(links, messages));
        documents.addAll(MatrixSearchDocuments.of(site.matrices(), messages));
        return files(documents, TermAnalysis.of(messages.text("search.language")));
    }

    /**
     * The search data's files, the same bytes for the same documents: the head, the terms' parts, then
     * the documents' parts, which are made as they are read, after the terms are garbage.
     */
    static List<OutputFile> files(List<SearchDocument> documents, TermAnalysis analysis) {
        List<OutputFile> termFiles = new ArrayList<>();
        OutputFile head = termFiles(documents, analysis, termFiles);
        int documentParts = (documents.size() + DOCUMENTS_PER_PART - 1) / DOCUMENTS_PER_PART;
        return MadeWhenRead.of(1 + termFiles.size() + documentParts, index -> {
            if (index == 0) {
                return head;
            }
            if (index <= termFiles.size()) {
                return termFiles.get(index - 1);
            }
            int from = (index - 1 - termFiles.size()) * DOCUMENTS_PER_PART;
            return documentsPart(from / DOCUMENTS_PER_PART,
                    documents.subList(from, Math.min(documents.size(), from + DOCUMENTS_PER_PART)));
        });
    }

    /** Writes the terms' parts into {@code files} and returns the head, which lists them. */
    private static OutputFile termFiles(List<SearchDocument> documents, TermAnalysis analysis, List<OutputFile> files) {
        Map<String, Term> terms = terms(documents, analysis);
        List<String> sorted = new ArrayList<>(terms.keySet());
        Collections.sort(sorted);
        List<String> partStarts = termParts(sorted, terms, codes(documents), files);
        return new OutputFile.Bytes(SitePaths.SEARCH_DATA, bytes(head(documents.size(), partStarts, sorted)));
    }

    /** A document's terms, field by field, as lunr's builder gets them from the pipeline. */
    private static List<List<String>> analyse(SearchDocument document, TermAnalysis analysis) {
        List<Optional<String>> values = List.of(document.code(), Optional.of(document.name()), document.type(),
                document.group(), Optional.of(document.text()));
        List<List<String>> fields = new ArrayList<>(FIELDS.size());
        for (int field = 0; field < FIELDS.size(); field++) {
            boolean code = field == CODE;
            fields.add(values.get(field).map(value -> analysis.terms(value, code)).orElse(List.of()));
        }
        return fields;
    }

    /**
     * Every term with its postings and lunr's weights; term indexes in the order lunr's builder meets terms.
     * Documents are analysed in parallel a block at a time: the whole site's terms, before they are
     * counted, took hundreds of megabytes at 50,000 elements.
     */
    private static Map<String, Term> terms(List<SearchDocument> analysable, TermAnalysis analysis) {
        int documents = analysable.size();
        Map<String, Term> terms = new HashMap<>();
        int[][] lengths = new int[FIELDS.size()][documents];
        long[] totals = new long[FIELDS.size()];
        List<List<List<String>>> block = List.of();
        for (int document = 0; document < documents; document++) {
            if (document % ANALYSED_AT_ONCE == 0) {
                block = IntStream.range(document, Math.min(documents, document + ANALYSED_AT_ONCE)).parallel()
                        .mapToObj(i -> analyse(analysable.get(i), analysis)).toList();
            }
            for (int field = 0; field < FIELDS.size(); field++) {
                List<String> fieldTerms = block.get(document % ANALYSED_AT_ONCE).get(field);
                lengths[field][document] = fieldTerms.size();
                totals[field] += fieldTerms.size();
                Map<String, Integer> frequencies = new LinkedHashMap<>();
                fieldTerms.forEach(term -> frequencies.merge(term, 1, Integer::sum));
                for (Map.Entry<String, Integer> frequency : frequencies.entrySet()) {
                    terms.computeIfAbsent(frequency.getKey(), t -> new Term(terms.size()))
                            .add(field, document, frequency.getValue());
                }
            }
        }
        double[] averages = new double[FIELDS.size()];
        for (int field = 0; field < FIELDS.size(); field++) {
            averages[field] = (double) totals[field] / documents;
        }
        terms.values().parallelStream().forEach(term -> term.weigh(documents, lengths, averages));
        return terms;
    }

    /** Each code's key with the documents that have it, by key. */
    private static TreeMap<String, List<Integer>> codes(List<SearchDocument> documents) {
        TreeMap<String, List<Integer>> codes = new TreeMap<>();
        for (int document = 0; document < documents.size(); document++) {
            int position = document;
            documents.get(document).code().ifPresent(code -> codes
                    .computeIfAbsent(SpanishAnalysis.codeKey(code), key -> new ArrayList<>()).add(position));
        }
        return codes;
    }

    /** Writes the parts of terms (at least one) into {@code files}; returns the first term of each, "" first. */
    private static List<String> termParts(List<String> sorted, Map<String, Term> terms,
                                          TreeMap<String, List<Integer>> codes, List<OutputFile> files) {
        List<String> starts = new ArrayList<>(List.of(""));
        StringBuilder part = new StringBuilder();
        for (String term : sorted) {
            if (part.length() >= TERMS_PER_PART_BYTES) {
                files.add(termPart(starts.size() - 1, part, codes.subMap(starts.get(starts.size() - 1), term)));
                starts.add(term);
                part = new StringBuilder();
            }
            part.append(part.isEmpty() ? "\n[" : ",\n[");
            Json.string(part, term);
            terms.get(term).appendTo(part.append(','));
            part.append(']');
        }
        files.add(termPart(starts.size() - 1, part, codes.tailMap(starts.get(starts.size() - 1), true)));
        return starts;
    }

    private static OutputFile termPart(int index, StringBuilder terms, Map<String, List<Integer>> codes) {
        StringBuilder script = new StringBuilder();
        // Terms are pairs, not an object's keys: a literal's "__proto__" key would be no property.
        partName(script, "terms-" + index).append(" = {\"terms\": [").append(terms).append("],\n\"codes\": {");
        String separator = "\n";
        for (Map.Entry<String, List<Integer>> code : codes.entrySet()) {
            Json.string(script.append(separator), code.getKey());
            script.append(':').append(code.getValue());
            separator = ",\n";
        }
        return new OutputFile.Bytes(FOLDER + "terms-" + index + ".js", bytes(script.append("}};\n")));
    }

    private static OutputFile documentsPart(int index, List<SearchDocument> documents) {
        StringBuilder script = new StringBuilder();
        partName(script, "documents-" + index).append(" = [");
        String separator = "\n";
        for (SearchDocument document : documents) {
            script.append(separator).append('{');
            member(script, "uri", document.uri());
            member(script.append(','), "kind", document.kind());
            document.code().ifPresent(code -> member(script.append(','), "code", code));
            member(script.append(','), "name", document.name());
            document.type().ifPresent(type -> member(script.append(','), "type", type));
            document.group().ifPresent(group -> member(script.append(','), "group", group));
            member(script.append(','), "text", document.text());
            if (!document.pending().isEmpty()) {
                array(script.append(",\"pending\":"), document.pending());
            }
            script.append('}');
            separator = ",\n";
        }
        return new OutputFile.Bytes(FOLDER + "documents-" + index + ".js", bytes(script.append("\n];\n")));
    }

    private static StringBuilder head(int documents, List<String> partStarts, List<String> sorted) {
        StringBuilder script = new StringBuilder("window.BMM_SEARCH_PARTS = {};\nwindow.BMM_SEARCH_INDEX = {\"fields\":");
        array(script, FIELDS);
        script.append(",\n\"documents\":").append(documents).append(",\"documentsPerPart\":").append(DOCUMENTS_PER_PART)
                .append(",\n\"termParts\":");
        array(script, partStarts);
        array(script.append(",\n\"terms\":"), sorted);
        return script.append("};\n");
    }

    private static StringBuilder partName(StringBuilder script, String name) {
        script.append("BMM_SEARCH_PARTS[");
        Json.string(script, name);
        return script.append(']');
    }

    private static void member(StringBuilder script, String name, String value) {
        Json.string(script, name);
        Json.string(script.append(':'), value);
    }

    private static void array(StringBuilder script, List<String> values) {
        script.append('[');
        for (int i = 0; i < values.size(); i++) {
            Json.string(script.append(i == 0 ? "" : ","), values.get(i));
        }
        script.append(']');
    }

    private static byte[] bytes(CharSequence script) {
        return script.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A term's postings: per field, the documents that contain it (ascending) and how often, then its weights. */
    private static final class Term {
        private final int index;
        private final int[][] documents = new int[FIELDS.size()][];
        private final int[][] counts = new int[FIELDS.size()][];
        private final int[] sizes = new int[FIELDS.size()];
        private long[][] weights;

        Term(int index) {
            this.index = index;
        }

        void add(int field, int document, int count) {
            if (documents[field] == null) {
                documents[field] = new int[2];
                counts[field] = new int[2];
            } else if (sizes[field] == documents[field].length) {
                documents[field] = Arrays.copyOf(documents[field], sizes[field] * 2);
                counts[field] = Arrays.copyOf(counts[field], sizes[field] * 2);
            }
            documents[field][sizes[field]] = document;
            counts[field][sizes[field]++] = count;
        }

        /**
         * lunr's weights, operation for operation ({@code lunr.idf}, {@code createFieldVectors}):
         * the same doubles in the same order give the same bits in Java and JavaScript, and
         * StrictMath.log is fdlibm's, as is V8's Math.log.
         */
        void weigh(int documentCount, int[][] lengths, double[] averages) {
            int documentsWithTerm = Arrays.stream(sizes).sum();
            double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
            double idf = StrictMath.log(1 + Math.abs(x));
            weights = new long[FIELDS.size()][];
            for (int field = 0; field < FIELDS.size(); field++) {
                weights[field] = new long[sizes[field]];
                for (int i = 0; i < sizes[field]; i++) {
                    int tf = counts[field][i];
                    int fieldLength = lengths[field][documents[field][i]];
                    double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averages[field])) + tf);
                    score *= BOOSTS[field];
                    weights[field][i] = Math.round(score * 1000);
                }
            }
        }

        /** {@code [index, field…]}, a field being {@code [document, weight, …]} with each document after the previous one. */
        void appendTo(StringBuilder script) {
            script.append('[').append(index);
            for (int field = 0; field < FIELDS.size(); field++) {
                script.append(",[");
                int previous = 0;
                for (int i = 0; i < sizes[field]; i++) {
                    script.append(i == 0 ? "" : ",").append(documents[field][i] - previous).append(',')
                            .append(weights[field][i]);
                    previous = documents[field][i];
                }
                script.append(']');
            }
            script.append(']');
        }
    }
}
