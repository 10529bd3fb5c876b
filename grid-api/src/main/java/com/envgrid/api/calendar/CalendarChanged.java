package com.envgrid.api.calendar;

/** Published, inside the transaction that stored it, when an administrator set the holiday schedule of a year. */
public record CalendarChanged(int year) {
}
