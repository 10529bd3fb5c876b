package com.envgrid.core.access;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a staff roster (花名册) and the headers a bureau gives them. A header matches when, trimmed, in lower
 * case, without spaces, a trailing {@code *} (Excel templates mark required columns so) or a note in brackets
 * ({@code 手机号（选填）}), it is one of the column's names. Name, username and role are required; phone, grid code,
 * duty and district may be absent.
 */
public enum RosterColumn {
    NAME(true, "姓名", "name", "名字"),
    USERNAME(true, "用户名", "username", "账号", "帐号", "登录名", "account"),
    PHONE(false, "手机", "phone", "手机号", "手机号码", "电话", "联系电话", "mobile"),
    ROLE(true, "角色", "role"),
    GRID_CODE(false, "网格编码", "grid_code", "网格代码", "网格编号", "gridcode", "grid"),
    DUTY(false, "职务", "duty", "岗位", "post"),
    /** The district the account is bound to, by code or name; blank: the whole city. */
    DISTRICT(false, "所属区县", "district", "区县", "区/县", "所属区", "辖区");

    private final boolean required;
    private final String chineseName;
    private final Set<String> names;

    RosterColumn(boolean required, String chineseName, String... otherNames) {
        this.required = required;
        this.chineseName = chineseName;
        Set<String> all = new java.util.HashSet<>(Set.of(otherNames));
        all.add(chineseName);
        this.names = Set.copyOf(all);
    }

    public boolean required() {
        return required;
    }

    /** The header a roster template gives the column ({@code 网格编码}). */
    public String chineseName() {
        return chineseName;
    }

    /** The column's name in the API and the report ({@code grid_code}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where each column is in a header row (0-based); the first of two headers naming one column wins. */
    public static Map<RosterColumn, Integer> find(List<String> header) {
        Map<RosterColumn, Integer> found = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String text = normalised(header.get(i));
            for (RosterColumn column : values()) {
                if (column.names.contains(text)) {
                    found.putIfAbsent(column, i);
                }
            }
        }
        return found;
    }

    /** Whether a row is a roster's header: it names every required column. */
    public static boolean isHeader(List<String> row) {
        Map<RosterColumn, Integer> found = find(row);
        for (RosterColumn column : values()) {
            if (column.required && !found.containsKey(column)) {
                return false;
            }
        }
        return true;
    }

    private static String normalised(String header) {
        String text = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        return text.replaceAll("[（(][^）)]*[）)]$", "").replaceAll("[\\s*＊]", "");
    }
}
