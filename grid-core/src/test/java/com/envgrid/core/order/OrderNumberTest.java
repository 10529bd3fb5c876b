package com.envgrid.core.order;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrderNumberTest {
    @Test
    void a_year_starts_at_one_and_counts_up_with_four_digits_at_least() {
        assertEquals("督办〔2026〕第 0001 号", OrderNumber.first(2026).toString());
        assertEquals("督办〔2026〕第 0002 号", OrderNumber.first(2026).next().toString());
        assertEquals("督办〔2026〕第 10000 号", new OrderNumber(2026, 9999).next().toString());
    }

    @Test
    void a_written_number_reads_back_and_other_text_does_not() {
        assertEquals(Optional.of(new OrderNumber(2027, 42)), OrderNumber.parse("督办〔2027〕第 0042 号"));
        assertEquals(Optional.of(new OrderNumber(2027, 12345)), OrderNumber.parse("督办〔2027〕第 12345 号"));
        assertEquals(Optional.empty(), OrderNumber.parse("督办〔2027〕第 42 号"));
        assertEquals(Optional.empty(), OrderNumber.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new OrderNumber(2026, 0));
    }
}
