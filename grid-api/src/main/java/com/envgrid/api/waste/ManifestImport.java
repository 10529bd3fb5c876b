package com.envgrid.api.waste;

import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.sheet.SheetReader;
import com.envgrid.core.sheet.SheetRow;
import com.envgrid.core.sheet.SheetTable;
import com.envgrid.core.source.RowProblem;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports transfer manifests from a workbook (.xlsx, .xls) or CSV (UTF-8 or GBK, detected) with a header row naming
 * the columns in Chinese or English — 联单编号, 统一社会信用代码 (the generator), 废物代码, 转移日期, 数量（吨）,
 * 接收单位, 经营许可证编号 and 许可证有效期至 (the last two may be empty: a receiver without a licence). Every row
 * is checked as a manifest saved one by one is, and its generator must be a source of a district the importing
 * administrator administers. One bad row stops the import — nothing is written — and the report says where and why;
 * a manifest recorded already as it is counts as unchanged, so an import sent twice adds nothing the second time.
 */
@Singleton
class ManifestImport {
    static final int MAX_ROWS = 20_000;

    /** The columns, each with the names it goes by and what a bad value is told in Chinese. */
    enum Column {
        NUMBER("/number", "联单编号应为 1–40 位字母、数字或连字符", "联单编号", "manifest_number", "number"),
        SOURCE("/source_code", "产废单位应为您所辖区内污染源的统一社会信用代码", "统一社会信用代码", "产废单位代码",
                "source_code"),
        WASTE_CODE("/waste_code", null, "废物代码", "waste_code"),
        DAY("/transferred_on", "转移日期应为 YYYY-MM-DD，不早于 2000 年且不晚于今天", "转移日期", "transferred_on"),
        TONNES("/tonnes", "数量应为大于 0、不超过 1000000 的吨数（至多三位小数）", "数量（吨）", "数量(吨)", "转移量（吨）",
                "tonnes"),
        RECEIVER("/receiver_name", "接收单位名称必填，至多 100 字", "接收单位", "receiver_name"),
        LICENCE("/licence_number", "经营许可证编号至多 60 字", "经营许可证编号", "许可证编号", "licence_number"),
        VALID_UNTIL("/licence_valid_until", "许可证有效期至应为 YYYY-MM-DD", "许可证有效期至", "有效期至",
                "licence_valid_until");

        final String pointer;
        final String problemZh;
        final List<String> names;

        Column(String pointer, String problemZh, String... names) {
            this.pointer = pointer;
            this.problemZh = problemZh;
            this.names = List.of(names);
        }

        boolean optional() {
            return this == LICENCE || this == VALID_UNTIL;
        }
    }

    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"));

    private final Generators generators;
    private final SupervisedObjects objects;
    private final DistrictTime time;

    ManifestImport(Generators generators, SupervisedObjects objects, DistrictTime time) {
        this.generators = generators;
        this.objects = objects;
        this.time = time;
    }

    ManifestImportReport run(Actor actor, Instant at, byte[] body, Charset charset, String sheet, boolean dryRun) {
        SheetTable table = SheetReader.read(body, SheetReader.Options.header(
                cells -> cells.contains(Column.NUMBER.names.get(0)) || cells.contains(Column.NUMBER.names.get(1)),
                MAX_ROWS).sheet(sheet).charset(charset));
        List<RowProblem> problems = new ArrayList<>();
        Map<Column, Integer> at0 = columns(table, problems);
        List<ManifestRow> fresh = new ArrayList<>();
        int unchanged = 0;
        Set<Integer> badLines = new HashSet<>();
        if (problems.isEmpty()) {
            Map<Integer, ManifestRow> read = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            LocalDate today = time.dateOf(at);
            for (SheetRow row : table.rows()) {
                int before = problems.size();
                ManifestRow manifest = row(actor, at, today, row, at0, problems);
                if (manifest != null && !seen.add(manifest.number())) {
                    problems.add(problem(row, at0, Column.NUMBER, "manifest " + manifest.number()
                            + " is in the file twice", "联单 " + manifest.number() + " 在文件中出现两次"));
                }
                if (problems.size() > before) {
                    badLines.add(row.number());
                } else {
                    read.put(row.number(), manifest);
                }
            }
            Map<String, ManifestRow> known = read.isEmpty() ? Map.of() : generators.known(
                    read.values().stream().map(ManifestRow::number).collect(Collectors.toSet()));
            for (var entry : read.entrySet()) {
                ManifestRow manifest = entry.getValue();
                ManifestRow recorded = known.get(manifest.number());
                if (recorded == null) {
                    fresh.add(manifest);
                } else if (recorded.sameAs(manifest)) {
                    unchanged++;
                } else {
                    SheetRow row = table.rows().stream().filter(r -> r.number() == entry.getKey()).findFirst().orElseThrow();
                    problems.add(problem(row, at0, Column.NUMBER, "manifest " + manifest.number()
                            + " is recorded already, with other content", "联单 " + manifest.number()
                            + " 已登记，且内容不同"));
                    badLines.add(entry.getKey());
                }
            }
        } else {
            badLines.add(table.header() == null ? 1 : table.header().number());
        }
        int rows = table.rows().size();
        int bad = badLines.size();
        boolean blocked = !problems.isEmpty();
        boolean write = !dryRun && !blocked;
        if (write) {
            generators.recordManifests(actor, at, fresh);
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        ManifestImportReport report = new ManifestImportReport(dryRun, write,
                table.format().name().toLowerCase(Locale.ROOT), table.format().isWorkbook() ? table.sheet() : null,
                table.charset() == null ? null : table.charset().name(), rows, Math.max(0, rows - bad), bad,
                write ? fresh.size() : 0, unchanged, problems.stream()
                .map(p -> table.format().isWorkbook() ? p : new RowProblem(p.line(), p.column(), p.message(), null,
                        p.messageZh()))
                .map(ManifestImportReport.RowIssue::of).toList());
        if (blocked && !dryRun) {
            throw new ManifestImportRejected(report);
        }
        return report;
    }

    /** Where each column is; a problem on the header's line for each column that is needed and missing. */
    private static Map<Column, Integer> columns(SheetTable table, List<RowProblem> problems) {
        List<String> names = table.columns();
        Map<Column, Integer> where = new HashMap<>();
        for (Column column : Column.values()) {
            Optional<Integer> index = column.names.stream().map(names::indexOf).filter(i -> i >= 0).findFirst();
            index.ifPresent(i -> where.put(column, i));
            if (index.isEmpty() && !column.optional()) {
                int line = table.header() == null ? 1 : table.header().number();
                problems.add(new RowProblem(line, column.names.get(0), "column " + column.names.get(0) + " ("
                        + column.names.get(1) + ") is missing", null, "缺少“" + column.names.get(0) + "”列"));
            }
        }
        return where;
    }

    /** The row as a manifest, or null with its problems added. */
    private ManifestRow row(Actor actor, Instant at, LocalDate today, SheetRow row, Map<Column, Integer> where,
                            List<RowProblem> problems) {
        int before = problems.size();
        String source = cell(row, where, Column.SOURCE);
        Optional<SupervisedObjects.Source> generator = objects.source(source);
        if (generator.isEmpty() || !actor.scope().administers(generator.get().gridCode())) {
            problems.add(problem(row, where, Column.SOURCE, "the generator " + source
                    + " is no source in a grid of your district", null));
        }
        LocalDate day = day(row, where, Column.DAY, problems);
        LocalDate validUntil = cell(row, where, Column.VALID_UNTIL).isBlank() ? null
                : day(row, where, Column.VALID_UNTIL, problems);
        BigDecimal tonnes = null;
        try {
            tonnes = new BigDecimal(cell(row, where, Column.TONNES).replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(problem(row, where, Column.TONNES, "the tonnes \"" + cell(row, where, Column.TONNES)
                    + "\" are no number", null));
        }
        List<InputProblem> checked = new ArrayList<>();
        ManifestRow manifest = Generators.manifest(source, new WasteRequests.Manifest(cell(row, where, Column.NUMBER),
                cell(row, where, Column.WASTE_CODE), day, tonnes, cell(row, where, Column.RECEIVER),
                cell(row, where, Column.LICENCE), validUntil), today, at, checked, pointer -> pointer);
        for (InputProblem p : checked) {
            Column column = Arrays.stream(Column.values()).filter(c -> c.pointer.equals(p.pointer())).findFirst()
                    .orElseThrow();
            // a day or tonnes that could not be read are told once, above
            if (!(column == Column.DAY && day == null) && !(column == Column.TONNES && tonnes == null)) {
                problems.add(problem(row, where, column, p.message(), column == Column.WASTE_CODE
                        ? Generators.LIST.check(cell(row, where, column)).problemZh() : null));
            }
        }
        return problems.size() > before ? null : manifest;
    }

    private static LocalDate day(SheetRow row, Map<Column, Integer> where, Column column, List<RowProblem> problems) {
        String text = cell(row, where, column).split(" ")[0];
        for (DateTimeFormatter format : DAYS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        problems.add(problem(row, where, column, "\"" + cell(row, where, column) + "\" is no day (YYYY-MM-DD)", null));
        return null;
    }

    private static String cell(SheetRow row, Map<Column, Integer> where, Column column) {
        Integer index = where.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

    /** A problem at the row's cell of the column; in Chinese the column's own wording unless one is given. */
    private static RowProblem problem(SheetRow row, Map<Column, Integer> where, Column column, String message,
                                      String messageZh) {
        Integer index = where.get(column);
        String zh = messageZh == null || messageZh.isEmpty() ? column.problemZh : messageZh;
        return new RowProblem(row.number(), column.names.get(0), message,
                index == null ? null : row.reference(index), zh);
    }
}
