package com.envgrid.core.radiation;

import com.envgrid.core.enterprise.AlertKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RadiationLicenceTest {
    static final LocalDate EXPIRY = LocalDate.of(2027, 3, 1);
    static final RadiationLicence LICENCE = new RadiationLicence("苏环辐证[00123]",
            Set.of(RadiationClass.IV, RadiationClass.V), Set.of(RadiationClass.II, RadiationClass.III),
            LocalDate.of(2022, 3, 2), EXPIRY);

    @Test
    void nothing_61_days_before_the_expiry_a_warning_from_60_days_and_expired_from_the_day_it_expires() {
        assertEquals(Optional.empty(), LICENCE.alertOn(EXPIRY.minusDays(61)));
        assertEquals(Optional.of(AlertKind.RADIATION_LICENCE_EXPIRING), LICENCE.alertOn(EXPIRY.minusDays(60)));
        assertEquals(Optional.of(AlertKind.RADIATION_LICENCE_EXPIRING), LICENCE.alertOn(EXPIRY.minusDays(1)));
        assertEquals(Optional.of(AlertKind.RADIATION_LICENCE_EXPIRED), LICENCE.alertOn(EXPIRY));
        assertEquals(Optional.of(AlertKind.RADIATION_LICENCE_EXPIRED), LICENCE.alertOn(EXPIRY.plusYears(1)));
        assertEquals(60, LICENCE.daysToExpiry(EXPIRY.minusDays(60)));
        assertEquals(-3, LICENCE.daysToExpiry(EXPIRY.plusDays(3)));
    }

    @Test
    void a_renewed_licence_is_another_subject_so_it_can_alert_again() {
        RadiationLicence renewed = new RadiationLicence(LICENCE.number(), LICENCE.sourceClasses(),
                LICENCE.deviceClasses(), EXPIRY, EXPIRY.plusYears(5));
        assertEquals("苏环辐证[00123]/2027-03-01", LICENCE.subject());
        assertNotEquals(LICENCE.subject(), renewed.subject());
    }

    @Test
    void the_scope_covers_the_classes_it_lists_for_each_kind() {
        assertTrue(LICENCE.covers(Holding.SEALED_SOURCE, RadiationClass.V));
        assertFalse(LICENCE.covers(Holding.SEALED_SOURCE, RadiationClass.III));
        assertTrue(LICENCE.covers(Holding.RAY_DEVICE, RadiationClass.II));
        assertFalse(LICENCE.covers(Holding.RAY_DEVICE, RadiationClass.I));
        assertEquals("II,III", RadiationLicence.write(LICENCE.deviceClasses()));
    }

    @Test
    void a_licence_without_scope_expiring_before_issue_or_permitting_class_iv_devices_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new RadiationLicence("X", Set.of(), Set.of(),
                EXPIRY.minusYears(5), EXPIRY));
        assertThrows(IllegalArgumentException.class, () -> new RadiationLicence("X", Set.of(RadiationClass.I),
                Set.of(), EXPIRY, EXPIRY));
        assertThrows(IllegalArgumentException.class, () -> new RadiationLicence("X", Set.of(),
                Set.of(RadiationClass.IV), EXPIRY.minusYears(5), EXPIRY));
    }

    @Test
    void classes_read_as_latin_or_chinese_numerals() {
        assertEquals(Optional.of(RadiationClass.III), RadiationClass.parse("Ⅲ类"));
        assertEquals(Optional.of(RadiationClass.IV), RadiationClass.parse(" iv "));
        assertEquals(Optional.empty(), RadiationClass.parse("VI"));
        assertEquals(3, Holding.RAY_DEVICE.classes().size());
    }
}
