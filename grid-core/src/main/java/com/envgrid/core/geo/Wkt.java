package com.envgrid.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A node of a WKT coordinate-system definition (OGC WKT1, its ESRI dialect in .prj files, and WKT2), read just far
 * enough to find what {@link Crs} needs: {@code KEYWORD["text", number, CHILD[...], ...]}.
 */
record Wkt(String keyword, List<Object> values) {

    static Wkt parse(String text) {
        Parser parser = new Parser(text);
        Wkt node = parser.node();
        parser.skipSpace();
        if (parser.at < text.length()) {
            throw parser.error("unexpected text after the definition");
        }
        return node;
    }

    /** The first child with one of the keywords (case-insensitive), searched depth-first. */
    Optional<Wkt> find(String... keywords) {
        for (Object value : values) {
            if (value instanceof Wkt child) {
                for (String keyword : keywords) {
                    if (child.keyword.equalsIgnoreCase(keyword)) {
                        return Optional.of(child);
                    }
                }
                Optional<Wkt> deeper = child.find(keywords);
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }

    /** The direct children with a keyword (case-insensitive). */
    List<Wkt> children(String keyword) {
        List<Wkt> result = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Wkt child && child.keyword.equalsIgnoreCase(keyword)) {
                result.add(child);
            }
        }
        return result;
    }

    /** The first quoted text: the name of a CRS, datum, projection or parameter. */
    String name() {
        for (Object value : values) {
            if (value instanceof String s) {
                return s;
            }
        }
        return "";
    }

    /** The n-th number among the values, or NaN. */
    double number(int n) {
        int seen = 0;
        for (Object value : values) {
            if (value instanceof Double d && seen++ == n) {
                return d;
            }
        }
        return Double.NaN;
    }

    boolean is(String... keywords) {
        for (String k : keywords) {
            if (keyword.equalsIgnoreCase(k)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case with every run of non-letters and non-digits as one underscore: "Xian 1980" = "Xian_1980". */
    static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Wkt node() {
            skipSpace();
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            if (start == at) {
                throw error("expected a keyword such as PROJCS or GEOGCS");
            }
            String keyword = text.substring(start, at);
            skipSpace();
            List<Object> values = new ArrayList<>();
            if (at >= text.length() || (text.charAt(at) != '[' && text.charAt(at) != '(')) {
                return new Wkt(keyword, values); // a bare word such as NORTH or EAST
            }
            char close = text.charAt(at) == '[' ? ']' : ')';
            at++;
            while (true) {
                skipSpace();
                if (at >= text.length()) {
                    throw error("the definition ends before its closing " + close);
                }
                char c = text.charAt(at);
                if (c == close) {
                    at++;
                    return new Wkt(keyword, values);
                } else if (c == ',') {
                    at++;
                } else if (c == '"') {
                    values.add(quoted());
                } else if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                    values.add(number());
                } else {
                    values.add(node());
                }
            }
        }

        private String quoted() {
            StringBuilder out = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    if (at < text.length() && text.charAt(at) == '"') { // "" is a quote inside the text
                        out.append('"');
                        at++;
                    } else {
                        return out.toString();
                    }
                } else {
                    out.append(c);
                }
            }
            throw error("a quoted name is not closed");
        }

        private Double number() {
            int start = at;
            while (at < text.length() && "+-.0123456789eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return Double.valueOf(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("\"" + text.substring(start, at) + "\" is not a number");
            }
        }

        void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " (at character " + (at + 1) + ")");
        }
    }
}
