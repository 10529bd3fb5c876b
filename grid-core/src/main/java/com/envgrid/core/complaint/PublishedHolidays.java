package com.envgrid.core.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The State Council's published holiday schedules (国务院办公厅关于部分节假日安排的通知), shipped as data in
 * {@value #RESOURCE}: for each year, {@code <year>.holidays} and {@code <year>.make_up_workdays} as lists of ISO
 * dates and ranges. A year not in the file is not known: nothing here guesses it. Adding a year when it is
 * published is a change of that file (or, without a release, an administrator's {@code PUT /api/calendars/{year}}).
 */
public final class PublishedHolidays {
    static final String RESOURCE = "/com/envgrid/core/complaint/china-holidays.properties";

    private PublishedHolidays() {
    }

    /** The published schedules of China. */
    public static WorkingDays china() {
        Properties file = new Properties();
        try (InputStream in = PublishedHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<HolidayYear> schedules = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        file.stringPropertyNames().forEach(key -> years.add(Integer.parseInt(key.substring(0, key.indexOf('.')))));
        for (int year : years) {
            schedules.add(HolidayYear.read(year, entries(file.getProperty(year + ".holidays")),
                    entries(file.getProperty(year + ".make_up_workdays"))));
        }
        return new WorkingDays(schedules);
    }

    private static List<String> entries(String list) {
        return list == null ? List.of() : java.util.Arrays.stream(list.split(",")).map(String::strip)
                .filter(e -> !e.isEmpty()).toList();
    }
}
