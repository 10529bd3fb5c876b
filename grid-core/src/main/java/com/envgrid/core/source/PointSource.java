package com.envgrid.core.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A supervised object at a point: an enterprise, a construction site or another pollution source, at
 * {@code lon}/{@code lat} in WGS84.
 * <p>
 * {@code code} is the object's stable key in the directory, so that importing the same file twice updates rather
 * than duplicates: for an enterprise it is its unified social credit code, which an enterprise must have; for
 * other sources it is the code the file gives (a site permit number, a ledger number) or, when there is none,
 * {@link #derivedCode} of kind, name and location. A credit code, when given, is valid and normalised
 * ({@link CreditCode}); {@code industry} and {@code address} may be null.
 *
 * @throws IllegalArgumentException when any of these rules is broken or the location is out of range
 */
public record PointSource(String code, SourceKind kind, String name, String creditCode, String industry,
                          String address, double lon, double lat, boolean keyDischarger, CreditRating rating,
                          OperatingStatus status) {
    public PointSource {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(status, "status");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("source " + code + " has no name");
        }
        if (creditCode != null) {
            CreditCode.problem(creditCode).ifPresent(p -> {
                throw new IllegalArgumentException("source " + code + ": " + p);
            });
            creditCode = CreditCode.normalise(creditCode);
        }
        if (kind == SourceKind.ENTERPRISE && !code.equals(creditCode)) {
            throw new IllegalArgumentException("enterprise " + code + " must be keyed by its credit code, not "
                    + creditCode);
        }
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
            throw new IllegalArgumentException("source " + code + " is at [" + lon + ", " + lat + "], out of range");
        }
    }

    /**
     * The code of a source that has none: the kind's key, a colon and the first 16 hex digits of the SHA-256 of
     * {@code name|lon|lat} — the same source at the same place always gets the same code.
     */
    public static String derivedCode(SourceKind kind, String name, double lon, double lat) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((name + "|" + lon + "|" + lat).getBytes(StandardCharsets.UTF_8));
            return kind.key() + ":" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
