package com.envgrid.core.complaint;

import com.envgrid.core.input.Vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * What a complaint is about, as the public names it; each category is also an Open311 service ({@link Open311}).
 * The first Chinese name is the display name, the others are accepted spellings.
 */
public enum ComplaintCategory {
    /** 餐饮油烟: cooking fumes from restaurants and canteens. */
    COOKING_FUMES("餐饮油烟", "油烟"),
    /** 废气异味: odour and exhaust from factories, workshops, vehicles. */
    ODOUR("废气异味", "废气", "异味", "臭味"),
    /** 噪声: noise from construction, industry, businesses, night work. */
    NOISE("噪声", "噪音"),
    /** 扬尘: dust from construction sites, roads, yards and bare soil. */
    DUST("扬尘"),
    /** 水污染: wastewater discharge, a discoloured or smelly river. */
    WATER_POLLUTION("水污染", "废水", "污水"),
    /** 固废倾倒: dumped waste and illegal dumping of solid or hazardous waste. */
    DUMPING("固废倾倒", "固废", "垃圾倾倒", "倾倒垃圾"),
    /** 秸秆焚烧: burning straw or waste in the open. */
    BURNING("秸秆焚烧", "露天焚烧", "焚烧"),
    /** 其他: anything else. */
    OTHER("其他", "其它");

    private final String[] chineseNames;

    ComplaintCategory(String... chineseNames) {
        this.chineseNames = chineseNames;
    }

    /** The lower-case English name used in the API and as Open311 service_code: {@code cooking_fumes}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chineseName() {
        return chineseNames[0];
    }

    /** The other Chinese names this category is known by, display name first. */
    public String[] chineseNames() {
        return chineseNames.clone();
    }

    /** Reads a category given in English ({@code cooking_fumes}, any case) or Chinese ({@code 油烟}, {@code 餐饮油烟}). */
    public static Optional<ComplaintCategory> parse(String text) {
        return Vocabulary.parse(ComplaintCategory.class, c -> c.chineseNames, text);
    }

    /** The accepted spellings, {@code cooking_fumes/餐饮油烟/油烟, …}, for error messages. */
    public static String accepted() {
        return Vocabulary.accepted(ComplaintCategory.class, c -> c.chineseNames);
    }
}
