package com.envgrid.core.source;

import com.envgrid.core.input.FreeText;
import com.envgrid.core.sheet.SheetTable;

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
 * The rules for a point-source row, as stated on {@link SourceSheetReader}, for every file format: collects the good
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
    private final List<SourceSheetReader.Row> rows = new ArrayList<>();
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
        problem(line, column, message, null);
    }

    void problem(int line, String column, String message, String cell) {
        problems.add(new RowProblem(line, column, message, cell));
        lastBadLine = line;
    }

    /** A problem with the fields of a row, named by their columns and cells ({@code 经度/纬度}, {@code F17/G17}). */
    void problem(SourceFields row, String message, SourceField... fields) {
        List<String> columns = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (SourceField field : fields) {
            if (!columns.contains(row.column(field))) {
                columns.add(row.column(field));
            }
            if (row.cell(field) != null && !cells.contains(row.cell(field))) {
                cells.add(row.cell(field));
            }
        }
        problem(row.line(), String.join("/", columns), message, cells.isEmpty() ? null : String.join("/", cells));
    }

    /** Checks one row; a coordinate is null when the reader found no usable one and has said why. */
    void check(SourceFields row, Double lon, Double lat) {
        row.values().forEach((field, value) -> {
            if (value.length() > SourceSheetReader.MAX_FIELD_LENGTH) {
                problem(row, "the field is " + value.length() + " characters long, at most "
                        + SourceSheetReader.MAX_FIELD_LENGTH + " are accepted", field);
            } else {
                // a CSV file is not screened as JSON and form bodies are: its text is checked here
                FreeText.problem(value).ifPresent(message -> problem(row, message, field));
            }
        });
        String name = row.value(NAME);
        if (name == null) {
            problem(row, "the name is empty", NAME);
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
            rows.add(new SourceSheetReader.Row(row.line(), new PointSource(code, kind, name, creditCode,
                    row.value(SourceField.INDUSTRY), row.value(SourceField.ADDRESS), at[0], at[1], keyDischarger,
                    rating, status)));
        }
    }

    SourceSheetReader.Result result(Charset charset, SheetTable table) {
        return new SourceSheetReader.Result(charset, table, rows, problems);
    }

    private <T> T choice(SourceFields row, SourceField field, Function<String, Optional<T>> parse, T absent,
                         String accepted) {
        String text = row.value(field);
        if (text == null) {
            return absent;
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            problem(row, "unknown " + field.key() + " " + quote(text) + "; accepted: " + accepted, field);
        }
        return value.orElse(null);
    }

    private CreditRating rating(SourceFields row) {
        String text = row.value(RATING);
        Optional<CreditRating> rating = scale.parse(text);
        if (rating.isEmpty()) {
            problem(row, (text == null ? "the rating is empty" : "unknown rating " + quote(text))
                    + "; accepted: " + scale.accepted(), RATING);
        }
        return rating.orElse(null);
    }

    private String creditCode(SourceFields row, SourceKind kind) {
        String text = row.value(CREDIT_CODE);
        if (text == null) {
            if (kind == SourceKind.ENTERPRISE) {
                problem(row, "an enterprise needs its unified social credit code (统一社会信用代码)", CREDIT_CODE);
            }
            return null;
        }
        Optional<String> wrong = CreditCode.problem(text);
        if (wrong.isPresent()) {
            problem(row, quote(text) + ": " + wrong.get() + (SCIENTIFIC.matcher(text).matches()
                    ? " (this looks like a code turned into a number by Excel: format the column as text)" : ""), CREDIT_CODE);
            return null;
        }
        return CreditCode.normalise(text);
    }

    /** The location when it is good; a coordinate's own range is checked even when the other one is missing. */
    private double[] located(SourceFields row, Double lon, Double lat) {
        if (lon != null && lat != null && Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lon) <= 90) {
            problem(row, "lon " + lon + ", lat " + lat + " look swapped: latitude " + lat
                    + " is out of range (±90) but would be a valid longitude", LON, LAT);
            return null;
        }
        boolean lonInRange = inRange(row, LON, "longitude", lon, 180);
        boolean latInRange = inRange(row, LAT, "latitude", lat, 90);
        if (!lonInRange || !latInRange) {
            return null;
        }
        if (!insideDistrict.test(new double[]{lon, lat})) {
            boolean swapped = Math.abs(lon) <= 90 && insideDistrict.test(new double[]{lat, lon});
            problem(row, "lon " + lon + ", lat " + lat + " lies outside the district" + (swapped
                    ? ", but lon " + lat + ", lat " + lon + " would be inside: longitude and latitude look swapped"
                    : ""), LON, LAT);
            return null;
        }
        return new double[]{lon, lat};
    }

    private boolean inRange(SourceFields row, SourceField field, String what, Double value, int limit) {
        if (value == null) {
            return false;
        }
        if (Math.abs(value) <= limit) {
            return true;
        }
        problem(row, what + " " + value + " is out of range: it must be a finite number within ±" + limit
                + (Math.abs(value) > 1000 ? " (this looks like metres of a projected coordinate system: name it, e.g."
                + " crs=EPSG:4549 for CGCS2000 / 3-degree Gauss-Kruger CM 120E)" : ""), field);
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
            problem(row, (keyField == NAME
                    ? "the same name at the same place is on " + where.apply(first) + " and on "
                    : (keyField == CREDIT_CODE ? "credit code " : "code ") + code + " is used twice: on " + where.apply(first) + " and on ")
                    + where.apply(row.line()), keyField);
        }
        return code;
    }

    /** The text as quoted in a message, cut short so that an oversized field does not make an oversized message. */
    static String quote(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
}
