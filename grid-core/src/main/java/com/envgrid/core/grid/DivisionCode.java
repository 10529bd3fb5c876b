package com.envgrid.core.grid;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Administrative division codes as GB/T 2260 and the 12-digit 统计用区划代码 of the National Bureau of Statistics
 * write them, which carry the hierarchy in their digits:
 * <ul>
 *   <li>6 digits: province ({@code 320000}), city ({@code 320200}: ends in {@code 00}) or district/county
 *       ({@code 320214});</li>
 *   <li>9 digits: the district's 6 and a 街道/乡镇 number — 001–099 a street (街道), 100–399 a town or township
 *       (镇, 乡), 400–599 a unit such as a development zone or a farm (政企合一单位), read as a park;</li>
 *   <li>12 digits: the 9 and a 居委会/村委会 number — 001–199 a community (社区), 200–399 a village (村).</li>
 * </ul>
 * Any other code (numbers of other lengths, letters, a range left unassigned) tells nothing.
 */
public final class DivisionCode {
    private static final Pattern CITY = Pattern.compile("[1-8]\\d[0-9]{2}00");
    private static final Pattern DIGITS = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    private DivisionCode() {
    }

    /** Whether {@code code} is a city's: 6 digits ending in {@code 00}, not a province's ({@code 0000}). */
    public static boolean isCity(String code) {
        return code != null && CITY.matcher(code).matches() && !code.endsWith("0000");
    }

    /** Whether {@code code} is a district's or county's: 6 digits not ending in {@code 00}. */
    public static boolean isDistrict(String code) {
        return code != null && code.length() == 6 && DIGITS.matcher(code).matches() && !code.endsWith("00");
    }

    /** The city a district's code lies in ({@code 320214} → {@code 320200}); empty for any other code. */
    public static Optional<String> cityOf(String districtCode) {
        return isDistrict(districtCode) ? Optional.of(districtCode.substring(0, 4) + "00") : Optional.empty();
    }

    /** The level a code's digits give; empty when they give none. */
    public static Optional<GridLevel> levelOf(String code) {
        if (code == null || !DIGITS.matcher(code).matches()) {
            return Optional.empty();
        }
        if (code.length() == 6) {
            return isDistrict(code) ? Optional.of(GridLevel.DISTRICT) : Optional.empty();
        }
        int number = Integer.parseInt(code.substring(code.length() - 3));
        if (code.length() == 9) {
            return number == 0 ? Optional.empty() : number < 100 ? Optional.of(GridLevel.STREET)
                    : number < 400 ? Optional.of(GridLevel.TOWN) : number < 600 ? Optional.of(GridLevel.PARK)
                    : Optional.empty();
        }
        return number == 0 ? Optional.empty() : number < 200 ? Optional.of(GridLevel.COMMUNITY)
                : number < 400 ? Optional.of(GridLevel.VILLAGE) : Optional.empty();
    }

    /** Whether a code's digits give its level (and, by its prefix, its parent). */
    public static boolean carriesHierarchy(String code) {
        return levelOf(code).isPresent();
    }
}
