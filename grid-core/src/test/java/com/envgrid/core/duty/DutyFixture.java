package com.envgrid.core.duty;

import com.envgrid.core.source.CreditRating;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.envgrid.core.grid.GridFixture.lat;
import static com.envgrid.core.grid.GridFixture.lon;

/** Targets placed in the tiny integer units of {@link com.envgrid.core.grid.GridFixture} (1 unit ≈ 100 m). */
final class DutyFixture {
    static final InspectionRules RULES = InspectionRules.DEFAULT;

    private DutyFixture() {
    }

    static Target source(String code, String grid, double x, double y, CreditRating rating) {
        return Target.source(code, grid, lon(x), lat(y), rating, false, false, false);
    }

    static Target source(String code, CreditRating rating) {
        return source(code, "G", 0, 0, rating);
    }

    static Target keyDischarger(String code, CreditRating rating) {
        return Target.source(code, "G", lon(0), lat(0), rating, true, false, false);
    }

    static Target inProtectionZone(String code, CreditRating rating) {
        return Target.source(code, "G", lon(0), lat(0), rating, false, true, false);
    }

    static Target withRecentComplaint(String code, CreditRating rating) {
        return Target.source(code, "G", lon(0), lat(0), rating, false, false, true);
    }

    static Target gridPatrol(String grid) {
        return Target.gridPatrol(grid, lon(0), lat(0));
    }

    /** A monthly duty of a D-rated source at (x, y) in the grid, due in November 2026. */
    static PlannedDuty dutyAt(String code, String grid, double x, double y) {
        return new PlannedDuty(source(code, grid, x, y, CreditRating.D), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30));
    }

    /** n monthly duties in the grid, on a row 1 unit apart. */
    static List<PlannedDuty> dutiesIn(String grid, int n) {
        return IntStream.range(0, n).mapToObj(i -> dutyAt(grid + "-" + i, grid, i, 0)).toList();
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
