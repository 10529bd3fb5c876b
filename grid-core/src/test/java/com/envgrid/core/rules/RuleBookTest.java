package com.envgrid.core.rules;

import com.envgrid.core.accountability.AccountabilityRule;
import com.envgrid.core.complaint.ComplaintDeadlines;
import com.envgrid.core.complaint.HolidayYear;
import com.envgrid.core.complaint.WorkingDays;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.grading.GradingRule;
import com.envgrid.core.grid.GridFixture;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.problem.RectificationDeadlines;
import com.envgrid.core.radiation.RadiationFrequencies;
import com.envgrid.core.review.ReviewWeights;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A grid's rules are its district's own where the district set them, else the city's, else the defaults. */
class RuleBookTest {
    static final GridLayer CITY = GridFixture.cityOfTwoDistricts();

    static final DistrictRules DEFAULTS = DistrictRules.defaults(Map.of(
            RuleItem.INSPECTION_RULES, InspectionRules.DEFAULT, RuleItem.REVIEW_WEIGHTS, ReviewWeights.DEFAULT,
            RuleItem.RECTIFICATION_DEADLINES, RectificationDeadlines.DEFAULT,
            RuleItem.COMPLAINT_DEADLINES, ComplaintDeadlines.DEFAULT, RuleItem.CASE_ESCALATION, new Escalation(0, 3),
            RuleItem.COMPLAINT_ESCALATION, new Escalation(0, 3),
            RuleItem.RADIATION_FREQUENCIES, RadiationFrequencies.DEFAULT, RuleItem.CREDIT_GRADING, GradingRule.DEFAULT,
            RuleItem.ACCOUNTABILITY, AccountabilityRule.DEFAULT),
            WorkingDays.WEEKENDS_ONLY);

    static final RectificationDeadlines CITY_DAYS = new RectificationDeadlines(10, 5, 2);
    static final RectificationDeadlines D2_DAYS = new RectificationDeadlines(20, 10, 5);
    /** Monday 30 November 2026 off in D2 only. */
    static final WorkingDays D2_HOLIDAY = new WorkingDays(List.of(new HolidayYear(2026,
            Set.of(LocalDate.of(2026, 11, 30)), Set.of())));

    static RuleBook book() {
        DistrictRules city = DEFAULTS.overriddenBy(DistrictRules.Origin.CITY,
                Map.of(RuleItem.RECTIFICATION_DEADLINES, CITY_DAYS), WorkingDays.WEEKENDS_ONLY);
        return new RuleBook(city, Map.of("D2", Map.of(RuleItem.RECTIFICATION_DEADLINES, D2_DAYS,
                RuleItem.CASE_ESCALATION, new Escalation(2, 5))), Map.of("D2", D2_HOLIDAY), CITY);
    }

    @Test
    void a_grid_has_its_districts_own_rules_and_inherits_the_others_from_the_city() {
        DistrictRules b1 = book().ofGrid("B1");
        assertEquals(D2_DAYS, b1.rectificationDeadlines());
        assertEquals(DistrictRules.Origin.DISTRICT, b1.origin(RuleItem.RECTIFICATION_DEADLINES));
        assertEquals(new Escalation(2, 5), b1.caseEscalation());
        assertEquals(new Escalation(0, 3), b1.complaintEscalation(), "not set by D2: the default");
        assertEquals(DistrictRules.Origin.DEFAULT, b1.origin(RuleItem.COMPLAINT_ESCALATION));

        DistrictRules a = book().ofGrid("A");
        assertEquals(CITY_DAYS, a.rectificationDeadlines(), "D1 set nothing: the city's");
        assertEquals(DistrictRules.Origin.CITY, a.origin(RuleItem.RECTIFICATION_DEADLINES));
        assertEquals(new Escalation(0, 3), a.caseEscalation());
    }

    @Test
    void working_days_are_the_districts_own_where_it_stored_a_year() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertEquals(LocalDate.of(2026, 12, 1), book().ofGrid("B").workingDays().addWorkingDays(friday, 1));
        assertEquals(LocalDate.of(2026, 11, 30), book().ofGrid("A").workingDays().addWorkingDays(friday, 1));
    }

    @Test
    void no_grid_and_a_grid_in_no_district_have_the_citys_rules() {
        RuleBook book = book();
        assertSame(book.city(), book.ofGrid(null));
        assertSame(book.city(), book.ofGrid("nowhere"));
        assertSame(book.city(), book.ofDistrict(null));
        assertEquals(DistrictRules.Origin.DEFAULT, book.ofDistrict("D1").origin(RuleItem.INSPECTION_RULES));
    }

    @Test
    void every_item_needs_a_default_of_its_type() {
        var missing = assertThrows(IllegalArgumentException.class,
                () -> DistrictRules.defaults(Map.of(RuleItem.INSPECTION_RULES, InspectionRules.DEFAULT),
                        WorkingDays.WEEKENDS_ONLY));
        assertTrue(missing.getMessage().contains("review_weights"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.overriddenBy(DistrictRules.Origin.CITY,
                Map.of(RuleItem.CASE_ESCALATION, ReviewWeights.DEFAULT), WorkingDays.WEEKENDS_ONLY));
    }
}
