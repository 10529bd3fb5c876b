package com.envgrid.api.complaint;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two formats of Open311 GeoReport v2, chosen by the resource's extension ({@code services.xml},
 * {@code requests/7.json}). Every answer is a list of entries, each an ordered map from the specification's field
 * names to values; both formats write the same entries. JSON writes the list as an array of objects. XML, the
 * specification's reference format, wraps it in a root element with one element per entry
 * ({@code <service_requests><request>…</request></service_requests>}), one child element per field in map order, a
 * null value as an empty element and any other value as its {@link String#valueOf} text — so an XML value reads
 * exactly as the JSON one prints. XML goes out as {@code text/xml; charset=utf-8} with an XML declaration, without a
 * namespace, as the specification asks.
 */
enum Open311Format {
    JSON,
    XML;

    /** The content type the specification gives for XML answers. */
    private static final MediaType TEXT_XML = MediaType.of("text/xml; charset=utf-8");

    // the JDK's own writer, whichever StAX implementation a dependency may bring: its escaping is the one tested
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newDefaultFactory();

    /** The format of an extension: {@code json} or {@code xml}. */
    static Open311Format of(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }

    /** An answer with the given status: the entries, each written as element {@code element} inside {@code root}. */
    HttpResponse<?> response(HttpStatus status, String root, String element, List<Map<String, Object>> entries) {
        return write(HttpResponse.status(status), root, element, entries);
    }

    /** An error as the specification writes it: {@code errors} of one {@code error} with code and description. */
    HttpResponse<?> error(HttpStatus status, String description) {
        return error(HttpResponse.status(status), description);
    }

    /** Makes a response an error as the specification writes it, its HTTP status the code. */
    MutableHttpResponse<?> error(MutableHttpResponse<?> response, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", response.code());
        error.put("description", description);
        return write(response, "errors", "error", List.of(error));
    }

    private MutableHttpResponse<?> write(MutableHttpResponse<?> response, String root, String element,
                                         List<Map<String, Object>> entries) {
        return switch (this) {
            case JSON -> response.contentType(MediaType.APPLICATION_JSON_TYPE).body(entries);
            case XML -> response.contentType(TEXT_XML).body(xml(root, element, entries));
        };
    }

    private static byte[] xml(String root, String element, List<Map<String, Object>> entries) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement(root);
            for (Map<String, Object> entry : entries) {
                xml.writeStartElement(element);
                for (var field : entry.entrySet()) {
                    if (field.getValue() == null) {
                        xml.writeEmptyElement(field.getKey());
                    } else {
                        xml.writeStartElement(field.getKey());
                        writeText(xml, text(field.getValue()));
                        xml.writeEndElement();
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes a text, escaped; a carriage return as a character reference, since a parser reads a literal one as a
     * line feed and the value would no longer be the JSON one.
     */
    private static void writeText(XMLStreamWriter xml, String text) throws XMLStreamException {
        String[] lines = text.split("\r", -1);
        xml.writeCharacters(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            xml.writeEntityRef("#13");
            xml.writeCharacters(lines[i]);
        }
    }

    /**
     * A value's text with every character XML 1.0 cannot carry — control characters other than tab, line feed and
     * carriage return, unpaired surrogates, U+FFFE and U+FFFF — replaced by U+FFFD: not even a character reference
     * may name them, and texts such as an echoed query parameter could hold them.
     */
    private static String text(Object value) {
        String text = String.valueOf(value);
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowedInXml(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
