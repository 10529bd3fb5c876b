package com.envgrid.core.source;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads point sources from a CSV file as Chinese spreadsheets export it, checking every row and collecting every
 * problem with its line and column.
 * <p>
 * <b>Text.</b> UTF-8, with or without a byte-order mark ("CSV UTF-8"), or GBK (Excel's "CSV" on Chinese Windows):
 * a BOM means UTF-8, bytes that are valid UTF-8 are UTF-8, anything else is GBK — unless the caller names the
 * charset. Bytes not valid in the charset are refused, never replaced; Excel workbooks and UTF-16 text are refused
 * with what to do instead. Records are RFC 4180: quoted fields may hold commas, line breaks and doubled quotes;
 * lines end in CRLF, LF or CR.
 * <p>
 * <b>Columns.</b> The first non-blank record is the header; it names the columns in English or Chinese, trimmed
 * and ignoring case: code/编码/编号, kind/类型, name/名称/企业名称/单位名称, credit_code/统一社会信用代码/信用代码,
 * industry/行业/行业类别, address/地址, lon/longitude/经度, lat/latitude/纬度,
 * key_discharger/重点排污单位/是否重点排污单位, rating/信用等级/环境信用等级/评级, status/状态/经营状态.
 * Other columns (序号, 备注 …) are ignored. Name, lon, lat and rating are required: a missing column, or one given
 * twice, is a problem for the file on the header's line, and then no row is read. Blank records are skipped; a
 * record with more non-empty fields than the header has columns is refused as a whole, as its columns have most
 * likely shifted.
 * <p>
 * <b>Rows.</b> A row needs a name and a rating of the district's {@link RatingScale}; kind defaults to enterprise,
 * status to operating, key discharger to no (是/否, Y/N, yes/no, true/false, 1/0). An enterprise needs a valid
 * {@link CreditCode}, which is its code (a code column is ignored for enterprises); another source takes its code
 * from the code column or {@link PointSource#derivedCode derives} it. A code used by two rows is a problem on the
 * second, naming both lines. Coordinates are decimal degrees, finite and in range — a latitude out of range that
 * would be a valid longitude is reported as swapped — and inside the district. A field may be at most
 * {@value #MAX_FIELD_LENGTH} characters long, a file at most {@value #MAX_ROWS} rows. The GeoJSON reader applies
 * the same rules.
 */
public final class SourceCsvReader {
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_FIELD_LENGTH = 1000;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /** A good row: the source read and the line it starts on. */
    public record Row(int line, PointSource source) {
    }

    /**
     * What a file gave: the charset it was read in (null when it could not be decoded), the good rows and a
     * problem for each thing wrong. A file with any problem should be refused as a whole.
     */
    public record Result(Charset charset, List<Row> rows, List<RowProblem> problems) {
        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean allGood() {
            return problems.isEmpty();
        }
    }

    private final SourceRowValidator validator;
    private List<String> header;
    private Map<SourceField, Integer> columns;

    private SourceCsvReader(SourceRowValidator validator) {
        this.validator = validator;
    }

    /**
     * @param charsetOrNull  the file's charset, or null to detect UTF-8 or GBK
     * @param insideDistrict whether {@code {lon, lat}} lies in the district
     */
    public static Result read(byte[] csv, Charset charsetOrNull, RatingScale scale,
                              Predicate<double[]> insideDistrict) {
        var validator = new SourceRowValidator(scale, insideDistrict, line -> "line " + line);
        Charset charset = charsetOrNull;
        try {
            TextEncoding.Decoded decoded = TextEncoding.decode(csv, charsetOrNull);
            charset = decoded.charset();
            new SourceCsvReader(validator).readAll(new CsvRecords(decoded.text()));
        } catch (UnreadableCsv e) {
            validator.problem(e.line(), null, e.getMessage());
        }
        return validator.result(charset);
    }

    private void readAll(CsvRecords records) {
        CsvRecords.Record headerRecord = nextNonBlank(records);
        if (headerRecord == null) {
            validator.problem(1, null, "the file is empty: expected a header naming the columns, then a row per source");
            return;
        }
        if (!readHeader(headerRecord)) {
            return;
        }
        int count = 0;
        for (CsvRecords.Record record = nextNonBlank(records); record != null; record = nextNonBlank(records)) {
            if (++count > MAX_ROWS) {
                validator.problem(record.line(), null, "the file has more than " + MAX_ROWS
                        + " rows: split it");
                return;
            }
            readRow(record);
        }
        if (count == 0) {
            validator.problem(headerRecord.line(), null, "the file has a header but no rows");
        }
    }

    /** Maps the columns; false when the file cannot be read on because a column is missing or given twice. */
    private boolean readHeader(CsvRecords.Record record) {
        header = record.fields().stream().map(String::strip).toList();
        boolean[] ok = {true};
        columns = SourceField.locate(header, (column, message) -> {
            validator.problem(record.line(), column, message);
            ok[0] = false;
        });
        for (SourceField field : SourceField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                validator.problem(record.line(), field.key(), "no " + field.key() + " column: the header needs one of "
                        + field.accepted());
                ok[0] = false;
            }
        }
        return ok[0];
    }

    private void readRow(CsvRecords.Record record) {
        List<String> fields = record.fields();
        for (int i = header.size(); i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                validator.problem(record.line(), null, "the row has " + fields.size() + " fields but the header has "
                        + header.size() + " columns: is there a comma in a field that is not in quotes?");
                return;
            }
        }
        Map<SourceField, String> values = new EnumMap<>(SourceField.class);
        Map<SourceField, String> names = new EnumMap<>(SourceField.class);
        columns.forEach((field, i) -> {
            names.put(field, header.get(i));
            String value = i < fields.size() ? fields.get(i).strip() : "";
            if (!value.isEmpty()) {
                values.put(field, value);
            }
        });
        SourceFields row = new SourceFields(record.line(), values, names);
        Double lon = coordinate(row, SourceField.LON, "longitude");
        Double lat = coordinate(row, SourceField.LAT, "latitude");
        validator.check(row, lon, lat);
    }

    private Double coordinate(SourceFields row, SourceField field, String what) {
        String text = row.value(field);
        if (text == null) {
            validator.problem(row.line(), row.column(field), "the " + what + " is empty: every source needs a location");
            return null;
        }
        String decimal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (!DECIMAL.matcher(decimal).matches()) {
            validator.problem(row.line(), row.column(field), SourceRowValidator.quote(text) + " is not a number"
                    + (text.matches(".*[°度′'″\"].*")
                    ? ": give decimal degrees (120.5083), not degrees, minutes and seconds (120°30′30″)" : ""));
            return null;
        }
        return Double.parseDouble(decimal);
    }

    private static CsvRecords.Record nextNonBlank(CsvRecords records) {
        CsvRecords.Record record = records.next();
        while (record != null && record.isBlank()) {
            record = records.next();
        }
        return record;
    }
}
