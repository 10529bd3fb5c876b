package com.envgrid.core.source;

import com.envgrid.core.sheet.SheetReader;
import com.envgrid.core.sheet.SheetRow;
import com.envgrid.core.sheet.SheetTable;
import com.envgrid.core.sheet.UnreadableSheet;
import org.locationtech.jts.geom.Coordinate;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads point sources from a spreadsheet as bureaus keep them — an Excel workbook (.xlsx, .xls) or the CSV files
 * Chinese spreadsheets export —, checking every row and collecting every problem with its row, cell and column.
 * <p>
 * <b>File.</b> Read by {@link SheetReader}: the format told from the bytes; in a workbook the sheet named, else the
 * first visible one, cells read as Excel shows them (codes keep their digits, no scientific notation); CSV text
 * UTF-8, with or without a byte-order mark ("CSV UTF-8"), or GBK (Excel's "CSV" on Chinese Windows) — unless the
 * caller names the charset —, bytes not valid in the charset refused, never replaced, UTF-16 text refused with
 * what to do instead; records are RFC 4180: quoted fields may hold commas, line breaks and doubled quotes; lines end
 * in CRLF, LF or CR. A workbook that cannot be opened (damaged, protected by a password, no such sheet) is an
 * {@link UnreadableSheet} for the caller; text that cannot be read, or more than {@value #MAX_ROWS} rows, is a
 * problem of the file at its row.
 * <p>
 * <b>Columns.</b> The header is the first row (of the first {@value SheetReader#HEADER_SEARCH_ROWS}) naming at
 * least two of the columns below, so that title rows above it ({@code XX区污染源普查名录}) are skipped; else the
 * first non-blank row. It names the columns in English or Chinese, trimmed and ignoring case: code/编码/编号,
 * kind/类型, name/名称/企业名称/单位名称, credit_code/统一社会信用代码/信用代码, industry/行业/行业类别,
 * address/地址, lon/longitude/经度/easting/东坐标, lat/latitude/纬度/northing/北坐标,
 * key_discharger/重点排污单位/是否重点排污单位, rating/信用等级/环境信用等级/评级, status/状态/经营状态.
 * Other columns (序号, 备注 …) are ignored. Name, lon, lat and rating are required: a missing column, or one given
 * twice, is a problem for the file on the header's row, and then no row is read. Blank rows are skipped; a CSV
 * record with more non-empty fields than the header has columns is refused as a whole, as its columns have most
 * likely shifted.
 * <p>
 * <b>Rows.</b> A row needs a name and a rating of the district's {@link RatingScale}; kind defaults to enterprise,
 * status to operating, key discharger to no (是/否, Y/N, yes/no, true/false, 1/0). An enterprise needs a valid
 * {@link CreditCode}, which is its code (a code column is ignored for enterprises); another source takes its code
 * from the code column or {@link PointSource#derivedCode derives} it. A code used by two rows is a problem on the
 * second, naming both rows. Coordinates are decimal degrees — or, when the caller gives a projected coordinate
 * system ({@link Coordinates}), easting and northing in it, turned into degrees —, finite and in range — a latitude
 * out of range that would be a valid longitude is reported as swapped — and inside the district. A field may be at
 * most {@value #MAX_FIELD_LENGTH} characters long. The GeoJSON reader applies the same rules.
 * <p>
 * <b>Where.</b> A problem names its row (the CSV line), its column as the file names it, and in a workbook the cell
 * as Excel shows it ({@code C17}; both cells, {@code F17/G17}, for a location wrong as a whole); a problem with the
 * row as a whole names no column and no cell.
 */
public final class SourceSheetReader {
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_FIELD_LENGTH = 1000;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /** A good row: the source read and the row (CSV: line) it starts on. */
    public record Row(int line, PointSource source) {
    }

    /**
     * What a file gave: the charset it was read in (CSV; null when it could not be decoded, and for workbooks), the
     * table read (null for GeoJSON, or when the file could not be read), the good rows and a problem for each thing
     * wrong. A file with any problem should be refused as a whole.
     */
    public record Result(Charset charset, SheetTable table, List<Row> rows, List<RowProblem> problems) {
        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean allGood() {
            return problems.isEmpty();
        }
    }

    /**
     * The coordinate system of the lon/lat (easting/northing) columns when they are not WGS84 degrees: its name for
     * messages, and how a point in it becomes lon/lat.
     */
    public record Coordinates(String name, UnaryOperator<Coordinate> toLonLat) {
    }

    /** How to read a file: the sheet (null: the first visible), the CSV charset (null: detect), the coordinates (null: degrees). */
    public record Options(String sheet, Charset charset, Coordinates coordinates) {
        public static final Options DEFAULT = new Options(null, null, null);
    }

    private final SourceRowValidator validator;
    private final Options options;
    private SheetTable table;
    private List<String> header;
    private Map<SourceField, Integer> columns;

    private SourceSheetReader(SourceRowValidator validator, Options options) {
        this.validator = validator;
        this.options = options;
    }

    /**
     * @param insideDistrict whether {@code {lon, lat}} lies in the district
     * @throws UnreadableSheet when a workbook, or its sheet, cannot be opened
     */
    public static Result read(byte[] file, Options options, RatingScale scale, Predicate<double[]> insideDistrict) {
        SourceSheetReader[] reader = new SourceSheetReader[1];
        var validator = new SourceRowValidator(scale, insideDistrict, line -> (reader[0].table != null
                && reader[0].table.format().isWorkbook() ? "row " : "line ") + line);
        reader[0] = new SourceSheetReader(validator, options);
        Charset charset = options.charset();
        try {
            reader[0].table = SheetReader.read(file, new SheetReader.Options(options.sheet(), options.charset(),
                    SourceSheetReader::namesColumns, MAX_ROWS));
            charset = reader[0].table.charset();
            reader[0].readAll();
        } catch (UnreadableSheet e) {
            if (e.row() == 0) {
                throw e;
            }
            validator.problem(e.row(), null, e.getMessage());
        }
        return validator.result(charset, reader[0].table);
    }

    /** A header names at least two of the columns: a title row names none. */
    private static boolean namesColumns(List<String> cells) {
        return cells.stream().filter(c -> SourceField.named(c).isPresent()).count() >= 2;
    }

    private void readAll() {
        SheetRow headerRow = table.header();
        if (headerRow == null) {
            validator.problem(1, null, "the file is empty: expected a header naming the columns, then a row per source");
            return;
        }
        if (!readHeader(headerRow)) {
            return;
        }
        table.rows().forEach(this::readRow);
        if (table.rows().isEmpty()) {
            validator.problem(headerRow.number(), null, "the file has a header but no rows");
        }
    }

    /** Maps the columns; false when the file cannot be read on because a column is missing or given twice. */
    private boolean readHeader(SheetRow row) {
        header = table.columns();
        boolean[] ok = {true};
        columns = SourceField.locate(header, (column, message) -> {
            validator.problem(row.number(), column, message, cell(row, header.indexOf(column)));
            ok[0] = false;
        });
        for (SourceField field : SourceField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                validator.problem(row.number(), field.key(), "no " + field.key() + " column: the header needs one of "
                        + field.accepted());
                ok[0] = false;
            }
        }
        return ok[0];
    }

    private void readRow(SheetRow row) {
        List<String> fields = row.cells();
        if (!table.format().isWorkbook()) {
            for (int i = header.size(); i < fields.size(); i++) {
                if (!fields.get(i).isBlank()) {
                    validator.problem(row.number(), null, "the row has " + fields.size() + " fields but the header has "
                            + header.size() + " columns: is there a comma in a field that is not in quotes?");
                    return;
                }
            }
        }
        Map<SourceField, String> values = new EnumMap<>(SourceField.class);
        Map<SourceField, String> names = new EnumMap<>(SourceField.class);
        Map<SourceField, String> cells = new EnumMap<>(SourceField.class);
        columns.forEach((field, i) -> {
            names.put(field, header.get(i));
            String cell = cell(row, i);
            if (cell != null) {
                cells.put(field, cell);
            }
            String value = row.cell(i).strip();
            if (!value.isEmpty()) {
                values.put(field, value);
            }
        });
        SourceFields fieldsOfRow = new SourceFields(row.number(), values, names, cells);
        Double x = coordinate(fieldsOfRow, SourceField.LON, "longitude");
        Double y = coordinate(fieldsOfRow, SourceField.LAT, "latitude");
        if (options.coordinates() != null && x != null && y != null) {
            Coordinate lonLat = lonLat(fieldsOfRow, x, y);
            x = lonLat == null ? null : lonLat.x;
            y = lonLat == null ? null : lonLat.y;
        }
        validator.check(fieldsOfRow, x, y);
    }

    /** The cell's reference in a workbook; none in CSV text, where a record may span lines. */
    private String cell(SheetRow row, int column) {
        return table.format().isWorkbook() && column >= 0 ? row.reference(column) : null;
    }

    private Coordinate lonLat(SourceFields row, double x, double y) {
        Coordinates from = options.coordinates();
        try {
            Coordinate c = from.toLonLat().apply(new Coordinate(x, y));
            if (Double.isFinite(c.x) && Double.isFinite(c.y)) {
                return c;
            }
        } catch (RuntimeException e) {
            // said below: the point has no place in that coordinate system
        }
        validator.problem(row, x + ", " + y + " is not a point of " + from.name()
                + ": are the easting and northing in the right columns?", SourceField.LON, SourceField.LAT);
        return null;
    }

    private Double coordinate(SourceFields row, SourceField field, String what) {
        String text = row.value(field);
        if (text == null) {
            validator.problem(row, "the " + what + " is empty: every source needs a location", field);
            return null;
        }
        String decimal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (!DECIMAL.matcher(decimal).matches()) {
            validator.problem(row, SourceRowValidator.quote(text) + " is not a number"
                    + (text.matches(".*[°度′'″\"].*")
                    ? ": give decimal degrees (120.5083), not degrees, minutes and seconds (120°30′30″)" : ""), field);
            return null;
        }
        return Double.parseDouble(decimal);
    }
}
