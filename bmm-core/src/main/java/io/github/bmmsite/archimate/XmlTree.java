package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.IoReason;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.NestingLimit;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An XML file read into a small tree with the line of every element, through the JDK's StAX
 * parser with DTDs and external entities switched off. Model files are at most a few megabytes,
 * so a tree is cheaper to walk three ways than three streaming state machines.
 */
final class XmlTree {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    /**
     * One XML element. Attributes are keyed by local name, except {@code xsi:type} and
     * {@code xml:lang}, which keep their prefix (Archi also writes a plain {@code type}).
     */
    record Node(String namespace, String name, Map<String, String> attributes, List<Node> children, String text,
                int line) {

        Optional<String> attribute(String key) {
            return Optional.ofNullable(attributes.get(key));
        }

        Stream<Node> children(String childName) {
            return children.stream().filter(c -> c.name.equals(childName));
        }

        Optional<Node> child(String childName) {
            return children(childName).findFirst();
        }

        /** {@code xsi:type} without its namespace prefix: {@code archimate:Goal} is {@code Goal}. */
        Optional<String> xsiType() {
            return attribute("xsi:type").map(t -> t.substring(t.indexOf(':') + 1));
        }
    }

    private XmlTree() {
    }

    /** A factory that never reads a DTD nor resolves an entity, so no file can make it fetch or expand anything. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("the file refers to an external resource (" + systemId + ")");
        });
        return factory;
    }

    /** The root element of {@code file}; empty when the file is unreadable or not well-formed (reported). */
    static Optional<Node> read(Path file, Path display, Diagnostics diagnostics) {
        return read(secureFactory(), file, display, diagnostics);
    }

    /** As {@link #read(Path, Path, Diagnostics)}, with a factory from {@link #secureFactory()} kept for many files. */
    static Optional<Node> read(XMLInputFactory factory, Path file, Path display, Diagnostics diagnostics) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                return parse(reader, display, diagnostics);
            } catch (java.util.MissingResourceException e) {
                // The JDK's parser lacks the message of some errors in a malformed <!DOCTYPE> and
                // throws this instead of an XMLStreamException (found by ArchimateReaderFuzzTest).
                diagnostics.report(Problem.ARCHITECTURE_DTD_REFUSED, SourceLocation.of(display,
                        Math.max(0, reader.getLocation().getLineNumber())), "the model file declares a malformed"
                        + " DTD (<!DOCTYPE …>), which Archi never writes; DTDs are refused");
                return Optional.empty();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            diagnostics.report(Problem.ARCHITECTURE_XML_INVALID, SourceLocation.of(display, line),
                    "the model file is not well-formed XML: " + cleanMessage(e) + "; fix it in a text editor or re-save it in Archi");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.report(Problem.UNREADABLE_FILE, SourceLocation.of(display), "cannot read the model file: " + IoReason.of(e));
            return Optional.empty();
        }
    }

    private static Optional<Node> parse(XMLStreamReader reader, Path display, Diagnostics diagnostics)
            throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        Node root = null;
        int startLine = 1;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> {
                    diagnostics.report(Problem.ARCHITECTURE_DTD_REFUSED,
                            SourceLocation.of(display, reader.getLocation().getLineNumber()),
                            "the model file declares a DTD (<!DOCTYPE …>), which Archi never writes; DTDs and entities"
                                    + " are refused so that a file cannot read other files or expand without end");
                    return Optional.empty();
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() == NestingLimit.MAX_DEPTH) {
                        diagnostics.report(Problem.NESTING_TOO_DEEP, SourceLocation.of(display, startLine),
                                "XML elements are nested more than " + NestingLimit.MAX_DEPTH + " levels deep here;"
                                        + " Archi never writes that many, so the model file is not read");
                        return Optional.empty();
                    }
                    open.push(new Builder(reader, startLine));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Node node = open.pop().build();
                    if (open.isEmpty()) {
                        root = node;
                    } else {
                        open.peek().children.add(node);
                    }
                }
                default -> {
                    // comments and processing instructions carry nothing for the site
                }
            }
            // The reader's position after an event is where the next tag starts: the line of its '<'
            // (the prolog's white space makes no event, so the root element gets the declaration's line).
            startLine = reader.getLocation().getLineNumber();
        }
        return Optional.ofNullable(root);
    }

    /** The parser's message without its "ParseError at [row,col]:" prefix, which the diagnostic says better. */
    private static String cleanMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    private static final class Builder {
        final String namespace;
        final String name;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Node> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final int line;

        Builder(XMLStreamReader reader, int line) {
            this.namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
            this.name = reader.getLocalName();
            this.line = line;
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String ns = reader.getAttributeNamespace(i);
                String local = reader.getAttributeLocalName(i);
                String key = XSI.equals(ns) ? "xsi:" + local
                        : XMLConstants.XML_NS_URI.equals(ns) ? "xml:" + local : local;
                attributes.put(key, reader.getAttributeValue(i));
            }
        }

        Node build() {
            return new Node(namespace, name, Map.copyOf(attributes), List.copyOf(children), text.toString(), line);
        }
    }
}
