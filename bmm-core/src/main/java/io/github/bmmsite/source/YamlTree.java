package io.github.bmmsite.source;

import io.github.bmmsite.diagnostic.NestingLimit;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * YAML read into plain values that remember their line, so that problems found later (an
 * unknown element in a model file, a wrong {@code lang}) can point at the line that says it.
 * Every scalar is kept as the text the author wrote; nothing is turned into Java objects.
 */
public final class YamlTree {

    private YamlTree() {
    }

    /**
     * A YAML value: a {@link String}, a {@code List<Value>} or a {@code Map<String, Value>}.
     *
     * @param line where the value starts
     * @param keyLine where the key that maps to it is written (the value's own line elsewhere)
     */
    public record Value(Object content, int line, int keyLine) {

        Value withKeyLine(int newKeyLine) {
            return new Value(content, line, newKeyLine);
        }

        public boolean isScalar() {
            return content instanceof String;
        }

        public boolean isList() {
            return content instanceof List;
        }

        public boolean isMap() {
            return content instanceof Map;
        }

        public String text() {
            return (String) content;
        }

        @SuppressWarnings("unchecked")
        public List<Value> list() {
            return (List<Value>) content;
        }

        @SuppressWarnings("unchecked")
        public Map<String, Value> map() {
            return (Map<String, Value>) content;
        }

        /** Text of a scalar, or of a list of scalars joined, as pandoc prints such values. */
        public String plainText() {
            if (isScalar()) {
                return text();
            }
            if (isList()) {
                return String.join(", ", list().stream().map(Value::plainText).toList());
            }
            return "";
        }
    }

    /** A YAML syntax or structure problem at a 1-based line of the parsed text. */
    public static class YamlProblem extends Exception {
        private final int line;

        YamlProblem(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Values nested more than {@link NestingLimit#MAX_DEPTH} levels deep, from the line where that level starts. */
    public static final class TooDeep extends YamlProblem {
        TooDeep(int line) {
            super("values are nested more than " + NestingLimit.MAX_DEPTH + " levels deep here", line);
        }
    }

    /**
     * Parses YAML text.
     *
     * @param firstLine the line of the file where the YAML text starts, so that reported lines
     *     are lines of the file
     * @return empty for a document with no content (only comments or blank)
     */
    public static Optional<Value> parse(String yaml, String label, int firstLine) throws YamlProblem {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(20)
                // snakeyaml's default (3 Mi code points) is less than the model file of a 50,000-element
                // repository; files larger than the reader's limit never get here.
                .setCodePointLimit((int) TextFileReader.MAX_BYTES)
                .build();
        Optional<Node> root;
        try {
            root = new DepthLimitedComposer(settings, yaml).getSingleNode();
        } catch (DepthLimitedComposer.TooDeepHere e) {
            throw new TooDeep(e.line + firstLine);
        } catch (MarkedYamlEngineException e) {
            throw problem(e, yaml, firstLine);
        } catch (YamlEngineException e) {
            throw new YamlProblem(firstLineOf(e.getMessage()), firstLine);
        }
        if (root.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(convert(root.get(), 0, firstLine));
    }

    /**
     * The problem at the line of the mistake. When snakeyaml notices it inside a bracket or quote
     * opened on an earlier line, the mistake is most often that bracket or quote never closed (its
     * problem is then where the next key, or the end of the text, was taken into it), so the
     * problem is reported at the opening, and says where it was noticed.
     */
    private static YamlProblem problem(MarkedYamlEngineException e, String yaml, int firstLine) {
        Optional<Mark> noticed = e.getProblemMark().or(e::getContextMark);
        Optional<Mark> opening = e.getContextMark().filter(m -> opener(yaml, m).isPresent())
                .filter(m -> noticed.map(n -> n.getLine() > m.getLine()).orElse(false));
        if (opening.isPresent()) {
            String opener = opener(yaml, opening.get()).get();
            return new YamlProblem("the " + (opener.equals("'") ? "\"'\"" : "'" + opener + "'") + " here is still open"
                    + " at line " + (noticed.get().getLine() + firstLine) + ", where " + e.getProblem(),
                    opening.get().getLine() + firstLine);
        }
        return new YamlProblem(e.getProblem(), noticed.map(m -> m.getLine() + firstLine).orElse(firstLine));
    }

    /** The bracket or quote at a mark of {@code yaml}, if that is what stands there. */
    private static Optional<String> opener(String yaml, Mark mark) {
        return yaml.lines().skip(mark.getLine()).findFirst()
                .filter(line -> mark.getColumn() < line.codePointCount(0, line.length()))
                .map(line -> Character.toString(line.codePointAt(line.offsetByCodePoints(0, mark.getColumn()))))
                .filter(c -> "[{\"'".contains(c));
    }

    private static Value convert(Node node, int depth, int firstLine) throws YamlProblem {
        int line = lineOf(node, firstLine);
        if (depth > NestingLimit.MAX_DEPTH) {
            // Aliases can nest a value within itself up to snakeyaml's alias limit.
            throw new TooDeep(line);
        }
        if (node instanceof ScalarNode scalar) {
            return new Value(scalar.getValue(), line, line);
        }
        if (node instanceof SequenceNode sequence) {
            List<Value> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, depth + 1, firstLine));
            }
            return new Value(List.copyOf(items), line, line);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Value> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new YamlProblem("a key must be plain text", lineOf(tuple.getKeyNode(), firstLine));
            }
            if (entries.containsKey(key.getValue())) {
                throw new YamlProblem("the key '" + key.getValue() + "' appears twice", lineOf(key, firstLine));
            }
            entries.put(key.getValue(), convert(tuple.getValueNode(), depth + 1, firstLine)
                    .withKeyLine(lineOf(key, firstLine)));
        }
        return new Value(Collections.unmodifiableMap(entries), line, line);
    }

    private static int lineOf(Node node, int firstLine) {
        return node.getStartMark().map(Mark::getLine).map(l -> l + firstLine).orElse(firstLine);
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /**
     * snakeyaml's composer, which recurses once per level of nesting, stopped at {@link
     * NestingLimit#MAX_DEPTH} levels before the stack runs out.
     */
    private static final class DepthLimitedComposer extends Composer {

        /** The level beyond the limit, at the 0-based line where it starts. */
        private static final class TooDeepHere extends RuntimeException {
            private final int line;

            TooDeepHere(int line) {
                super("nested too deep at line " + line);
                this.line = line;
            }
        }

        private int depth;

        DepthLimitedComposer(LoadSettings settings, String yaml) {
            super(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
        }

        @Override
        protected SequenceNode composeSequenceNode(Optional<Anchor> anchor) {
            enter();
            SequenceNode node = super.composeSequenceNode(anchor);
            depth--;
            return node;
        }

        @Override
        protected Node composeMappingNode(Optional<Anchor> anchor) {
            enter();
            Node node = super.composeMappingNode(anchor);
            depth--;
            return node;
        }

        private void enter() {
            if (++depth > NestingLimit.MAX_DEPTH) {
                throw new TooDeepHere(parser.peekEvent().getStartMark().map(Mark::getLine).orElse(0));
            }
        }
    }
}
