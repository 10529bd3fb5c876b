package com.envgrid.core.waste;

import com.envgrid.core.sheet.SheetReader;
import com.envgrid.core.sheet.SheetRow;
import com.envgrid.core.sheet.SheetTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The National Hazardous Waste List, 2021 edition (国家危险废物名录（2021年版）), as read from the resource
 * {@code hazardous-waste-list-2021.csv} (columns 类别, 废物代码, 名称; a row without a code names its category).
 * <p>
 * Its 46 categories are complete: HW01–HW40 and HW45–HW50 (the edition has no HW41–HW44). Its codes are a subset —
 * those the district's generators commonly declare —, not the edition's 467: a code is accepted when it is
 * {@code NNN-NNN-NN} and its last two digits name a category of the list, and is named when the subset holds it.
 */
public final class WasteList {
    private static final WasteList EDITION_2021 = read("hazardous-waste-list-2021.csv");

    private final Map<String, String> categories;
    private final Map<String, String> codes;

    private WasteList(Map<String, String> categories, Map<String, String> codes) {
        this.categories = categories;
        this.codes = codes;
    }

    public static WasteList edition2021() {
        return EDITION_2021;
    }

    /** One entry: a category ({@code code} null) or a waste code with its category. */
    public record Entry(String category, String code, String name) {
    }

    /** The categories in order, then the codes the list holds, in the file's order. */
    public List<Entry> entries() {
        var categoryEntries = categories.entrySet().stream().map(e -> new Entry(e.getKey(), null, e.getValue()));
        var codeEntries = codes.entrySet().stream()
                .map(e -> new Entry(new WasteCode(e.getKey()).category(), e.getKey(), e.getValue()));
        return Stream.concat(categoryEntries, codeEntries).toList();
    }

    /** The category's name ({@code HW49} → 其他废物), or empty when the list has no such category. */
    public Optional<String> categoryName(String category) {
        return Optional.ofNullable(categories.get(category));
    }

    /** The code's name when the list names it, else its category's name. */
    public String nameOf(WasteCode code) {
        return codes.getOrDefault(code.value(), categories.getOrDefault(code.category(), ""));
    }

    /**
     * The code in {@code text}, or why it is none: not {@code NNN-NNN-NN}, or a category the list does not have.
     *
     * @return the code, or the problem in Chinese and English
     */
    public Checked check(String text) {
        Optional<WasteCode> code = WasteCode.parse(text);
        if (code.isEmpty()) {
            return new Checked(null, "废物代码应为 NNN-NNN-NN（如 900-041-49），而不是“" + text + "”",
                    "a waste code is NNN-NNN-NN (as 900-041-49), not \"" + text + "\"");
        }
        if (!categories.containsKey(code.get().category())) {
            return new Checked(null, "废物代码 " + text + " 的末两位不是名录中的类别（" + code.get().category() + " 不存在）",
                    "waste code " + text + " ends in no category of the list (there is no " + code.get().category() + ")");
        }
        return new Checked(code.get(), null, null);
    }

    /** A checked code: the code, or the problem in Chinese and English. */
    public record Checked(WasteCode code, String problemZh, String problem) {
        public boolean ok() {
            return code != null;
        }
    }

    private static WasteList read(String resource) {
        try (InputStream in = WasteList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the hazardous waste list " + resource + " is not on the class path");
            }
            SheetTable table = SheetReader.read(in.readAllBytes(),
                    SheetReader.Options.header(cells -> cells.contains("废物代码"), 2_000));
            Map<String, String> categories = new LinkedHashMap<>();
            Map<String, String> codes = new LinkedHashMap<>();
            for (SheetRow row : table.rows()) {
                if (row.cell(1).isBlank()) {
                    categories.put(row.cell(0).strip(), row.cell(2).strip());
                } else {
                    WasteCode code = new WasteCode(row.cell(1).strip());
                    if (!code.category().equals(row.cell(0).strip())) {
                        throw new IllegalStateException("line " + row.number() + ": " + code + " is not in " + row.cell(0));
                    }
                    codes.put(code.value(), row.cell(2).strip());
                }
            }
            return new WasteList(categories, codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
