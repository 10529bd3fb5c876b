package com.envgrid.core.sheet;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a table from the spreadsheet files bureaus keep — Excel .xlsx and .xls, or CSV text — as rows of cell texts,
 * each row with its number as Excel shows it so that a problem can be placed at a cell ({@code C17}).
 * <p>
 * <b>Format</b> is told from the bytes ({@link SheetFormat}). CSV text is UTF-8 (with or without BOM) or GBK,
 * detected unless a charset is given, and split as RFC 4180 says ({@code TextEncoding}, {@code CsvRecords}).
 * <p>
 * <b>Sheet.</b> The one named, else the first that is not hidden. A workbook that is damaged, not a workbook, or
 * protected by a password, or a sheet name it does not have, is an {@link UnreadableSheet} with row 0.
 * <p>
 * <b>Cells read as a person sees them.</b> Text as it is; a number in the General or text format in full (up to the
 * 15 significant digits Excel keeps), never in scientific notation: {@code 12000000}, {@code 330103001001},
 * {@code 120.508333}; a number with a format of its own as that format shows it — {@code 000000} keeps leading zeros
 * ({@code 001234}), {@code 0.0%} gives {@code 12.5%} — unless that would be scientific notation; a date as ISO 8601
 * ({@code 2026-03-01}, with {@code 08:30} when it has a time of day); a formula as its value, computed, or as Excel
 * last saved it when it cannot be computed here; TRUE/FALSE; an error as Excel writes it ({@code #N/A}). A cell
 * inside merged cells reads as the merged cells' value, which Excel shows across all of them: a 名称 merged over two
 * header rows names the column in both, a 街道 merged down a block of rows belongs to each row.
 * <p>
 * <b>Header.</b> The first non-blank row of the first {@value #HEADER_SEARCH_ROWS} that the caller's test accepts
 * (it gets the row's trimmed texts), so that title rows such as {@code XX区污染源普查名录} above it are skipped; when
 * none is accepted, the first non-blank row, so that the caller can say what that row lacks. Rows under it that
 * are blank are left out; numbering is kept.
 * <p>
 * <b>Limits.</b> At most {@code maxRows} non-blank rows under the header, {@value #MAX_COLUMNS} columns and
 * {@value #MAX_CELLS} non-empty cells: beyond, an {@link UnreadableSheet} {@link SheetCode#TOO_LARGE} with the row
 * where the limit was passed.
 */
public final class SheetReader {
    public static final int HEADER_SEARCH_ROWS = 20;
    public static final int MAX_COLUMNS = 256;
    public static final int MAX_CELLS = 2_000_000;
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * What to read: the sheet's name (null: the first visible one), the CSV charset (null: detect), which row is the
     * header, and how many rows under it at most.
     */
    public record Options(String sheet, Charset charset, Predicate<List<String>> isHeader, int maxRows) {
        /** The first visible sheet, the charset detected, at most {@code maxRows} rows. */
        public static Options header(Predicate<List<String>> isHeader, int maxRows) {
            return new Options(null, null, isHeader, maxRows);
        }

        public Options sheet(String name) {
            return new Options(name, charset, isHeader, maxRows);
        }

        public Options charset(Charset name) {
            return new Options(sheet, name, isHeader, maxRows);
        }
    }

    private final Options options;
    private final List<SheetRow> read = new ArrayList<>();
    private long cells;

    private SheetReader(Options options) {
        this.options = options;
    }

    /** @throws UnreadableSheet when the file, the sheet or a place in it cannot be read, or a limit is passed */
    public static SheetTable read(byte[] bytes, Options options) {
        SheetFormat format = SheetFormat.of(bytes);
        SheetReader reader = new SheetReader(options);
        if (!format.isWorkbook()) {
            Charset charset = reader.readCsv(bytes);
            return reader.table(format, charset, List.of(""), "");
        }
        try (Workbook book = open(bytes)) {
            Sheet sheet = chosen(book, options.sheet());
            reader.readSheet(book, sheet);
            return reader.table(format, null, names(book), sheet.getSheetName());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The names of a workbook's sheets in order, hidden ones too; a CSV file has one, unnamed (empty). */
    public static List<String> sheetNames(byte[] bytes) {
        if (!SheetFormat.of(bytes).isWorkbook()) {
            return List.of("");
        }
        try (Workbook book = open(bytes)) {
            return names(book);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private Charset readCsv(byte[] bytes) {
        try {
            TextEncoding.Decoded decoded = TextEncoding.decode(bytes, options.charset());
            CsvRecords records = new CsvRecords(decoded.text());
            for (CsvRecords.Record r = records.next(); r != null; r = records.next()) {
                add(new SheetRow(r.line(), r.fields()));
            }
            return decoded.charset();
        } catch (UnreadableCsv e) {
            throw new UnreadableSheet(SheetCode.UNREADABLE, Map.of("row", e.line()), e.line(), e.getMessage());
        }
    }

    private void readSheet(Workbook book, Sheet sheet) {
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        Cells texts = new Cells(evaluator, date1904(book));
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        for (Row row : sheet) {
            List<String> values = new ArrayList<>();
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                String text = texts.of(cell);
                if (text.isEmpty()) {
                    continue;
                }
                if (column >= MAX_COLUMNS) {
                    throw tooLarge(row.getRowNum() + 1, "more than " + MAX_COLUMNS + " columns: cell "
                            + SheetRow.reference(column, row.getRowNum() + 1) + " is past the last one read");
                }
                set(values, column, text);
            }
            for (CellRangeAddress range : merged) {
                if (range.containsRow(row.getRowNum()) && range.getFirstColumn() < MAX_COLUMNS) {
                    Row top = sheet.getRow(range.getFirstRow());
                    Cell first = top == null ? null : top.getCell(range.getFirstColumn());
                    String text = first == null ? "" : texts.of(first);
                    for (int c = range.getFirstColumn(); c <= Math.min(range.getLastColumn(), MAX_COLUMNS - 1)
                            && !text.isEmpty(); c++) {
                        set(values, c, text);
                    }
                }
            }
            add(new SheetRow(row.getRowNum() + 1, values));
        }
    }

    private static void set(List<String> values, int column, String text) {
        while (values.size() <= column) {
            values.add("");
        }
        values.set(column, text);
    }

    private void add(SheetRow row) {
        if (row.isBlank()) {
            return;
        }
        cells += row.cells().stream().filter(c -> !c.isEmpty()).count();
        if (cells > MAX_CELLS) {
            throw tooLarge(row.number(), "more than " + MAX_CELLS + " cells: split the file");
        }
        if (read.size() > options.maxRows() + HEADER_SEARCH_ROWS) {
            throw tooLarge(row.number(), "the file has more than " + options.maxRows() + " rows: split it");
        }
        read.add(row);
    }

    /** Splits the rows read into the header and the rows under it. */
    private SheetTable table(SheetFormat format, Charset charset, List<String> sheets, String sheet) {
        int at = 0;
        for (int i = 0; i < Math.min(read.size(), HEADER_SEARCH_ROWS); i++) {
            if (isHeader(read.get(i))) {
                at = i;
                break;
            }
        }
        List<SheetRow> rows = read.size() > at ? read.subList(at + 1, read.size()) : List.of();
        if (rows.size() > options.maxRows()) {
            throw tooLarge(rows.get(options.maxRows()).number(), "the file has more than " + options.maxRows()
                    + " rows: split it");
        }
        return new SheetTable(format, charset, sheets, sheet, read.isEmpty() ? null : read.get(at), rows);
    }

    private boolean isHeader(SheetRow row) {
        return options.isHeader().test(row.cells().stream().map(String::strip).toList());
    }

    private UnreadableSheet tooLarge(int row, String message) {
        return new UnreadableSheet(SheetCode.TOO_LARGE, Map.of("row", row, "max_rows", options.maxRows(),
                "max_columns", MAX_COLUMNS, "max_cells", MAX_CELLS), row, message);
    }

    private static Workbook open(byte[] bytes) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableSheet(SheetCode.ENCRYPTED, Map.of(), 0, "the workbook is protected by a password:"
                    + " open it in Excel, remove the password (File → Info → Protect Workbook) and save it again");
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static UnreadableSheet unreadable(Exception e) {
        return new UnreadableSheet(SheetCode.UNREADABLE, Map.of(), 0, "the file cannot be read as an Excel workbook"
                + " (" + e.getMessage() + "): open it in Excel or WPS and save it again as .xlsx");
    }

    private static Sheet chosen(Workbook book, String name) {
        if (name != null && !name.isBlank()) {
            Sheet sheet = book.getSheet(name.strip());
            if (sheet == null) {
                List<String> names = names(book);
                throw new UnreadableSheet(SheetCode.NO_SUCH_SHEET, Map.of("sheet", name, "sheets",
                        String.join("、", names)), 0, "the workbook has no sheet \"" + name + "\"; its sheets are "
                        + String.join(", ", names));
            }
            return sheet;
        }
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            if (!book.isSheetHidden(i) && !book.isSheetVeryHidden(i)) {
                return book.getSheetAt(i);
            }
        }
        throw new UnreadableSheet(SheetCode.UNREADABLE, Map.of(), 0, "the workbook has no visible sheet");
    }

    private static List<String> names(Workbook book) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            names.add(book.getSheetName(i));
        }
        return names;
    }

    private static boolean date1904(Workbook book) {
        if (book instanceof XSSFWorkbook x) {
            return x.isDate1904();
        }
        return book instanceof HSSFWorkbook h && h.getInternalWorkbook().isUsing1904DateWindowing();
    }

    /** The text of cells as Excel shows them (see the class comment). */
    private static final class Cells {
        private final FormulaEvaluator evaluator;
        private final boolean date1904;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

        Cells(FormulaEvaluator evaluator, boolean date1904) {
            this.evaluator = evaluator;
            this.date1904 = date1904;
        }

        String of(Cell cell) {
            return switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> number(cell, cell.getNumericCellValue());
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
                case FORMULA -> formula(cell);
                default -> "";
            };
        }

        /** The formula's value computed here, or as last saved when it cannot be (a function POI lacks, a link). */
        private String formula(Cell cell) {
            CellValue value;
            try {
                value = evaluator.evaluate(cell);
            } catch (RuntimeException e) {
                return cached(cell);
            }
            if (value == null) {
                return "";
            }
            return switch (value.getCellType()) {
                case STRING -> value.getStringValue();
                case NUMERIC -> number(cell, value.getNumberValue());
                case BOOLEAN -> value.getBooleanValue() ? "TRUE" : "FALSE";
                case ERROR -> FormulaError.forInt(value.getErrorValue()).getString();
                default -> "";
            };
        }

        private String cached(Cell cell) {
            CellType type = cell.getCachedFormulaResultType();
            return switch (type) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> number(cell, cell.getNumericCellValue());
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
                default -> "";
            };
        }

        private String number(Cell cell, double value) {
            if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
                return date(value, DateUtil.getLocalDateTime(value, date1904));
            }
            String format = cell.getCellStyle().getDataFormatString();
            if (format == null || format.equalsIgnoreCase("General") || format.equals("@") || format.equals("0")) {
                return plain(value);
            }
            String shown = formatter.formatRawCellContents(value, cell.getCellStyle().getDataFormat(), format);
            return shown.matches(".*\\d[Ee][+-]?\\d.*") ? plain(value) : shown;
        }

        private static String plain(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return "#NUM!";
            }
            return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
        }

        /** A date, a date and time, or — a value under one day — a time of day alone. */
        private static String date(double value, LocalDateTime at) {
            LocalTime time = at.toLocalTime();
            String clock = time.getSecond() == 0 ? time.format(MINUTES) : time.format(SECONDS);
            if (value < 1) {
                return clock;
            }
            return time.equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toLocalDate() + " " + clock;
        }
    }
}
