package com.envgrid.core.radiation;

import com.envgrid.core.duty.Frequency;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.duty.Target;
import com.envgrid.core.source.CreditRating;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RadiationFrequenciesTest {
    static final RadiationFrequencies DEFAULT = RadiationFrequencies.DEFAULT;

    static RadiationFrequencies.Held source(RadiationClass c) {
        return new RadiationFrequencies.Held(Holding.SEALED_SOURCE, c);
    }

    static RadiationFrequencies.Held device(RadiationClass c) {
        return new RadiationFrequencies.Held(Holding.RAY_DEVICE, c);
    }

    @Test
    void the_defaults_by_class() {
        assertEquals(Frequency.everyMonths(1), DEFAULT.of(Holding.SEALED_SOURCE, RadiationClass.II));
        assertEquals(Frequency.everyMonths(3), DEFAULT.of(Holding.SEALED_SOURCE, RadiationClass.III));
        assertEquals(Frequency.everyMonths(6), DEFAULT.of(Holding.SEALED_SOURCE, RadiationClass.V));
        assertEquals(Frequency.everyMonths(1), DEFAULT.of(Holding.RAY_DEVICE, RadiationClass.I));
        assertEquals(Frequency.everyMonths(3), DEFAULT.of(Holding.RAY_DEVICE, RadiationClass.II));
        assertEquals(Frequency.everyMonths(6), DEFAULT.of(Holding.RAY_DEVICE, RadiationClass.III));
    }

    @Test
    void a_holder_is_due_as_often_as_its_most_dangerous_class_and_nothing_held_gives_nothing() {
        assertEquals(Optional.of(Frequency.everyMonths(3)), DEFAULT.strictest(List.of(source(RadiationClass.V),
                device(RadiationClass.II), source(RadiationClass.IV))));
        assertEquals(Optional.empty(), DEFAULT.strictest(List.of()));
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.strictest(List.of(device(RadiationClass.IV))));
    }

    @Test
    void a_lesser_class_more_often_than_a_more_dangerous_one_is_refused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new RadiationFrequencies(Frequency.everyMonths(1),
                Frequency.everyMonths(1), Frequency.everyMonths(6), Frequency.everyMonths(3), Frequency.everyMonths(6),
                Frequency.everyMonths(1), Frequency.everyMonths(3), Frequency.everyMonths(6)));
        assertEquals(true, e.getMessage().contains("sourceIV"), e.getMessage());
    }

    @Test
    void the_duty_rules_take_the_stricter_of_the_rating_and_the_radiation_class() {
        Target aRated = Target.source("S", "G", 120, 30, CreditRating.A, false, false, false);
        assertEquals(Frequency.everyMonths(6), InspectionRules.DEFAULT.of(aRated));
        assertEquals(Frequency.everyMonths(1), InspectionRules.DEFAULT.of(aRated.atLeast(Frequency.everyMonths(1))));
        Target dRated = Target.source("S", "G", 120, 30, CreditRating.D, false, false, false);
        assertEquals(Frequency.everyMonths(1), InspectionRules.DEFAULT.of(dRated.atLeast(Frequency.everyMonths(6))));
    }
}
