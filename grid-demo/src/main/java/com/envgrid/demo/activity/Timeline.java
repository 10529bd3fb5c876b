package com.envgrid.demo.activity;

import com.envgrid.core.duty.Period;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The demo's year: the current quarter and the three before it, in the district's time zone. History stops where today
 * begins, so that nothing the demo records competes with what a visitor does today.
 */
record Timeline(LocalDate today, List<Period> quarters, ZoneId zone) {
    private static final LocalTime WORK_STARTS = LocalTime.of(8, 30);
    private static final int WORKING_MINUTES = 9 * 60;
    private static final Set<Month> HARVESTS = Set.of(Month.MAY, Month.JUNE, Month.OCTOBER, Month.NOVEMBER);

    static Timeline endingOn(LocalDate today, ZoneId zone) {
        Period current = Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3);
        List<Period> quarters = new ArrayList<>(List.of(current));
        while (quarters.size() < 4) {
            quarters.add(0, quarters.get(0).previous());
        }
        return new Timeline(today, List.copyOf(quarters), zone);
    }

    LocalDate start() {
        return quarters.get(0).start();
    }

    /** The morning the demo's year begins, when its rules are set and its staff take up their posts. */
    Instant opening() {
        return at(start(), LocalTime.of(8, 0));
    }

    /** Where history stops: the start of today. */
    Instant end() {
        return at(today, LocalTime.MIDNIGHT);
    }

    boolean past(Instant moment) {
        return moment.isBefore(end());
    }

    Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /** A moment of office hours on a day. */
    Instant workingMoment(LocalDate day, SplittableRandom random) {
        return at(day, WORK_STARTS.plusMinutes(random.nextInt(WORKING_MINUTES)));
    }

    /**
     * A moment of office hours on a day from {@code first} to {@code last}, but not before the year begins; on the
     * first such day when they cross.
     */
    Instant workingMoment(LocalDate first, LocalDate last, SplittableRandom random) {
        LocalDate from = first.isBefore(start()) ? start() : first;
        long days = Math.max(0, last.toEpochDay() - from.toEpochDay());
        return workingMoment(from.plusDays(random.nextLong(days + 1)), random);
    }

    /** A moment between {@code min} and {@code max} after {@code from}. */
    static Instant after(Instant from, Duration min, Duration max, SplittableRandom random) {
        return from.plusSeconds(min.toSeconds() + random.nextLong(max.toSeconds() - min.toSeconds() + 1));
    }

    /** Something someone does at a moment. */
    record Step(Instant at, Runnable work) {
    }

    /** Does the steps in order up to the first whose moment has not come yet: the rest is still to happen. */
    void play(List<Step> steps) {
        for (Step step : steps) {
            if (!past(step.at())) {
                return;
            }
            step.work().run();
        }
    }

    /** Whether the moment falls in the months of the wheat and rice harvests, when straw is burnt in the fields. */
    boolean harvest(Instant moment) {
        return HARVESTS.contains(day(moment).getMonth());
    }

    /** The district's date at a moment. */
    LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, zone);
    }
}
