package com.envgrid.core.inspection;

import org.junit.jupiter.api.Test;

import static com.envgrid.core.inspection.CountsAsInspected.LocationReview.ACCEPTED;
import static com.envgrid.core.inspection.CountsAsInspected.LocationReview.NONE;
import static com.envgrid.core.inspection.CountsAsInspected.LocationReview.REJECTED;
import static com.envgrid.core.inspection.CountsAsInspected.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountsAsInspectedTest {
    @Test
    void a_plausible_record_counts() {
        assertTrue(counts(true, NONE, false));
    }

    @Test
    void a_flagged_record_counts_only_once_its_location_is_accepted() {
        assertFalse(counts(false, NONE, false), "awaiting review");
        assertTrue(counts(false, ACCEPTED, false));
        assertFalse(counts(false, REJECTED, false));
    }

    @Test
    void a_corrected_record_never_counts_its_correction_stands_in_its_place() {
        assertFalse(counts(true, NONE, true));
        assertFalse(counts(false, ACCEPTED, true));
    }

    @Test
    void a_stored_review_reads_as_none_accepted_or_rejected() {
        assertEquals(NONE, CountsAsInspected.LocationReview.of(null));
        assertEquals(ACCEPTED, CountsAsInspected.LocationReview.of(true));
        assertEquals(REJECTED, CountsAsInspected.LocationReview.of(false));
    }
}
