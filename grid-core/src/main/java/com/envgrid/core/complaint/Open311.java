package com.envgrid.core.complaint;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The vocabulary of Open311 GeoReport v2 for complaints: request status, date-times and the service list. Field
 * names are the specification's; turning these into JSON or XML is the API's work.
 */
public final class Open311 {
    /** The group of every service. */
    public static final String GROUP = "环境";

    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private Open311() {
    }

    /**
     * One service of {@code services.json}: service_code is the category key, service_name its Chinese name;
     * metadata false (no extra attributes), type {@code realtime}, keywords comma-separated, group {@value #GROUP}.
     */
    public record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
                          String keywords, String group) {
    }

    /**
     * A request's status: {@code closed} when the complaint has {@link ComplaintState#ended ended}, {@code open} in
     * every other state.
     */
    public static String status(ComplaintState state) {
        return state.ended() ? "closed" : "open";
    }

    /**
     * A moment as the specification writes it: W3C date-time in the district's time zone, to the second, with its
     * offset ({@code +08:00} in China).
     */
    public static String dateTime(Instant instant, ZoneId zone) {
        return W3C.format(instant.atZone(zone));
    }

    /**
     * Reads a {@code start_date} or {@code end_date}: a W3C date-time with an offset or {@code Z}
     * ({@code 2026-11-30T10:15:00+08:00}, fractions of a second allowed).
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static Instant parseDateTime(String text) {
        try {
            return OffsetDateTime.parse(text == null ? "" : text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a W3C date-time with an offset, such as"
                    + " 2026-11-30T10:15:00+08:00");
        }
    }

    /** The service list: one service per complaint category, in the category order. */
    public static List<Service> services() {
        return Arrays.stream(ComplaintCategory.values())
                .map(c -> new Service(c.key(), c.chineseName(), description(c), false, "realtime", keywords(c), GROUP))
                .toList();
    }

    private static String keywords(ComplaintCategory c) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(c.chineseNames()));
        words.add(c.key());
        return String.join(",", words);
    }

    private static String description(ComplaintCategory c) {
        return switch (c) {
            case COOKING_FUMES -> "餐饮单位油烟直排、油烟净化设施不正常运行等";
            case ODOUR -> "企业废气排放、刺激性气味、异味扰民等";
            case NOISE -> "施工、工业、商业经营等噪声扰民";
            case DUST -> "建筑工地、道路、堆场、裸土等扬尘污染";
            case WATER_POLLUTION -> "偷排废水、河道水体变色发臭等水污染";
            case DUMPING -> "非法倾倒、堆放固体废物或危险废物";
            case BURNING -> "露天焚烧秸秆、垃圾等";
            case OTHER -> "其他生态环境问题";
        };
    }
}
