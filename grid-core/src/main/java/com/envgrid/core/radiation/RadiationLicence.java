package com.envgrid.core.radiation;

import com.envgrid.core.enterprise.AlertKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A holder's radiation safety licence (辐射安全许可证): its number, the classes of sealed sources and of ray devices it
 * permits (its scope, 种类和范围), the day it was issued and the day it expires — from that day on it is no longer
 * valid, so the holder renews it before.
 * <p>
 * <b>Alerts.</b> From {@link #WARNING_DAYS} days before the expiry the licence is about to expire
 * ({@link AlertKind#RADIATION_LICENCE_EXPIRING}, a warning); from the expiry on it has expired
 * ({@link AlertKind#RADIATION_LICENCE_EXPIRED}, a case). The {@link #subject()} names the licence with its expiry,
 * so that a renewed licence — a new expiry — alerts again.
 */
public record RadiationLicence(String number, Set<RadiationClass> sourceClasses, Set<RadiationClass> deviceClasses,
                               LocalDate issuedOn, LocalDate expiresOn) {
    /** How many days before the expiry the warning is given. */
    public static final int WARNING_DAYS = 60;

    public RadiationLicence {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a licence has a number");
        }
        if (issuedOn == null || expiresOn == null) {
            throw new IllegalArgumentException("a licence has the day it was issued and the day it expires");
        }
        if (!expiresOn.isAfter(issuedOn)) {
            throw new IllegalArgumentException("a licence expires after it was issued: " + issuedOn + " → " + expiresOn);
        }
        sourceClasses = Set.copyOf(sourceClasses);
        deviceClasses = Set.copyOf(deviceClasses);
        if (sourceClasses.isEmpty() && deviceClasses.isEmpty()) {
            throw new IllegalArgumentException("a licence permits some class of sources or devices");
        }
        if (!deviceClasses.stream().allMatch(Holding.RAY_DEVICE::admits)) {
            throw new IllegalArgumentException("ray devices are of class I, II or III");
        }
    }

    /** Whether the licence permits holding a source or device of this class. */
    public boolean covers(Holding holding, RadiationClass radiationClass) {
        return (holding == Holding.SEALED_SOURCE ? sourceClasses : deviceClasses).contains(radiationClass);
    }

    /** Days from {@code today} to the expiry: 0 on the day it expires, negative after. */
    public long daysToExpiry(LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn);
    }

    /** The alert the licence calls for on {@code today}: expired, about to expire, or none. */
    public Optional<AlertKind> alertOn(LocalDate today) {
        long days = daysToExpiry(today);
        if (days <= 0) {
            return Optional.of(AlertKind.RADIATION_LICENCE_EXPIRED);
        }
        return days <= WARNING_DAYS ? Optional.of(AlertKind.RADIATION_LICENCE_EXPIRING) : Optional.empty();
    }

    /** What an alert about this licence is about: its number and expiry, {@code 苏环辐证[00123]/2027-03-01}. */
    public String subject() {
        return number + "/" + expiresOn;
    }

    /** The classes a scope lists, in order, as they are written: {@code II,III}; empty for none. */
    public static String write(Set<RadiationClass> classes) {
        return classes.stream().sorted().map(RadiationClass::key).collect(Collectors.joining(","));
    }
}
