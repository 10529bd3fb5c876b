package com.envgrid.core.review;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewWeightsTest {
    @Test
    void the_default_weights_add_up_to_one() {
        assertEquals(1.0, ReviewWeights.DEFAULT.sum(), 1e-12);
    }

    @Test
    void a_negative_weight_is_refused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ReviewWeights(0.5, -0.1, 0.2, 0.2, 0.2));
        assertEquals("review weight problemsOnTime must be a number from 0 to 100, got -0.1", e.getMessage());
    }

    @Test
    void weights_that_are_all_zero_or_not_numbers_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewWeights(0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReviewWeights(Double.NaN, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReviewWeights(Double.POSITIVE_INFINITY, 1, 1, 1, 1));
    }
}
