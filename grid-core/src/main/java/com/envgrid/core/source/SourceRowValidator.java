package com.envgrid.core.source;

import com.envgrid.core.input.FreeText;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static com.envgrid.core.source.SourceField.CODE;
import static com.envgrid.core.source.SourceField.CREDIT_CODE;
import static com.envgrid.core.source.SourceField.KEY_DISCHARGER;
import static com.envgrid.core.source.SourceField.KIND;
import static com.envgrid.core.source.SourceField.LAT;
import static com.envgrid.core.source.SourceField.LON;
import static com.envgrid.core.source.SourceField.NAME;
import static com.envgrid.core.source.SourceField.RATING;
import static com.envgrid.core.source.SourceField.STATUS;

/**
 * The rules for a point-source row, as stated on {@link SourceCsvReader}, for every file format: collects the good
 * rows and every problem.
 * <p>
 * Rows are checked in file order, and a row is bad when any problem has been recorded for its line, whether by
 * this validator or by the reader (a CSV coordinate that is not a number, a GeoJSON geometry that is not a Point).
 */
final class SourceRowValidator {
    private static final String YES_NO = "是/否, Y/N, yes/no, true/false, 1/0";
    private static final Map<String, Boolean> YES_OR_NO = Map.of("是", true, "否", false, "y", true, "n", false,
            "yes", true, "no", false, "true", true, "false", false, "1", true, "0", false);
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?E\\+?\\d+", Pattern.CASE_INSENSITIVE);

    private final RatingScale scale;
    private final Predicate<double[]> insideDistrict;
    private final IntFunction<String> where;
    private final List<SourceCsvReader.Row> rows = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, Integer> lineByCode = new HashMap<>();
    private int lastBadLine = Integer.MIN_VALUE;

    /** {@code where} names a row in messages: {@code line 7}, {@code feature 6}. */
    SourceRowValidator(RatingScale scale, Predicate<double[]> insideDistrict, IntFunction<String> where) {
        this.scale = scale;
        this.insideDistrict = insideDistrict;
        this.where = where;
    }

    void problem(int line, String column, String message) {
        problems.add(new RowProblem(line, column, message));
        lastBadLine = line;
    }

    /** Checks one row; a coordinate is null when the reader found no usable one and has said why. */
    void check(SourceFields row, Double lon, Double lat) {
        row.values().forEach((field, value) -> {
            if (value.length() > SourceCsvReader.MAX_FIELD_LENGTH) {
                problem(row, row.column(field), "the field is " + value.length() + " characters long, at most "
                        + SourceCsvReader.MAX_FIELD_LENGTH + " are accepted");
            } else {
                // a CSV file is not screened as JSON and form bodies are: its text is checked here
                FreeText.problem(value).ifPresent(message -> problem(row, row.column(field), message));
            }
        });
        String name = row.value(NAME);
        if (name == null) {
            problem(row, row.column(NAME), "the name is empty");
        }
        SourceKind kind = choice(row, KIND, SourceKind::parse, SourceKind.ENTERPRISE, SourceKind.accepted());
        OperatingStatus status = choice(row, STATUS, OperatingStatus::parse, OperatingStatus.OPERATING,
                OperatingStatus.accepted());
        Boolean keyDischarger = choice(row, KEY_DISCHARGER,
                t -> Optional.ofNullable(YES_OR_NO.get(t.toLowerCase(Locale.ROOT))), false, YES_NO);
        CreditRating rating = rating(row);
        String creditCode = creditCode(row, kind);
        double[] at = located(row, lon, lat);
        String code = code(row, kind, creditCode, name, at);
        if (lastBadLine != row.line() && at != null) {
            rows.add(new SourceCsvReader.Row(row.line(), new PointSource(code, kind, name, creditCode,
                    row.value(SourceField.INDUSTRY), row.value(SourceField.ADDRESS), at[0], at[1], keyDischarger,
                    rating, status)));
        }
    }

    SourceCsvReader.Result result(Charset charset) {
        return new SourceCsvReader.Result(charset, rows, problems);
    }

    private <T> T choice(SourceFields row, SourceField field, Function<String, Optional<T>> parse, T absent,
                         String accepted) {
        String text = row.value(field);
        if (text == null) {
            return absent;
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            problem(row, row.column(field), "unknown " + field.key() + " " + quote(text) + "; accepted: " + accepted);
        }
        return value.orElse(null);
    }

    private CreditRating rating(SourceFields row) {
        String text = row.value(RATING);
        Optional<CreditRating> rating = scale.parse(text);
        if (rating.isEmpty()) {
            problem(row, row.column(RATING), (text == null ? "the rating is empty" : "unknown rating " + quote(text))
                    + "; accepted: " + scale.accepted());
        }
        return rating.orElse(null);
    }

    private String creditCode(SourceFields row, SourceKind kind) {
        String text = row.value(CREDIT_CODE);
        if (text == null) {
            if (kind == SourceKind.ENTERPRISE) {
                problem(row, row.column(CREDIT_CODE), "an enterprise needs its unified social credit code (统一社会信用代码)");
            }
            return null;
        }
        Optional<String> wrong = CreditCode.problem(text);
        if (wrong.isPresent()) {
            problem(row, row.column(CREDIT_CODE), quote(text) + ": " + wrong.get() + (SCIENTIFIC.matcher(text).matches()
                    ? " (this looks like a code turned into a number by Excel: format the column as text)" : ""));
            return null;
        }
        return CreditCode.normalise(text);
    }

    /** The location when it is good; a coordinate's own range is checked even when the other one is missing. */
    private double[] located(SourceFields row, Double lon, Double lat) {
        String lonColumn = row.column(LON);
        String latColumn = row.column(LAT);
        String both = lonColumn.equals(latColumn) ? lonColumn : lonColumn + "/" + latColumn;
        if (lon != null && lat != null && Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lon) <= 90) {
            problem(row, both, "lon " + lon + ", lat " + lat + " look swapped: latitude " + lat
                    + " is out of range (±90) but would be a valid longitude");
            return null;
        }
        boolean lonInRange = inRange(row, lonColumn, "longitude", lon, 180);
        boolean latInRange = inRange(row, latColumn, "latitude", lat, 90);
        if (!lonInRange || !latInRange) {
            return null;
        }
        if (!insideDistrict.test(new double[]{lon, lat})) {
            boolean swapped = Math.abs(lon) <= 90 && insideDistrict.test(new double[]{lat, lon});
            problem(row, both, "lon " + lon + ", lat " + lat + " lies outside the district" + (swapped
                    ? ", but lon " + lat + ", lat " + lon + " would be inside: longitude and latitude look swapped"
                    : ""));
            return null;
        }
        return new double[]{lon, lat};
    }

    private boolean inRange(SourceFields row, String column, String what, Double value, int limit) {
        if (value == null) {
            return false;
        }
        if (Math.abs(value) <= limit) {
            return true;
        }
        problem(row, column, what + " " + value + " is out of range: it must be a finite number within ±" + limit);
        return false;
    }

    /** The row's key in the directory, or null when it cannot be known; a key seen before is a problem. */
    private String code(SourceFields row, SourceKind kind, String creditCode, String name, double[] at) {
        String code;
        SourceField keyField;
        if (kind == SourceKind.ENTERPRISE) {
            code = creditCode;
            keyField = CREDIT_CODE;
        } else if (kind != null && row.value(CODE) != null) {
            code = row.value(CODE);
            keyField = CODE;
        } else if (kind != null && name != null && at != null) {
            code = PointSource.derivedCode(kind, name, at[0], at[1]);
            keyField = NAME;
        } else {
            return null;
        }
        if (code == null) {
            return null;
        }
        Integer first = lineByCode.putIfAbsent(code, row.line());
        if (first != null) {
            problem(row, row.column(keyField), (keyField == NAME
                    ? "the same name at the same place is on " + where.apply(first) + " and on "
                    : (keyField == CREDIT_CODE ? "credit code " : "code ") + code + " is used twice: on " + where.apply(first) + " and on ")
                    + where.apply(row.line()));
        }
        return code;
    }

    private void problem(SourceFields row, String column, String message) {
        problem(row.line(), column, message);
    }

    /** The text as quoted in a message, cut short so that an oversized field does not make an oversized message. */
    static String quote(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
}
