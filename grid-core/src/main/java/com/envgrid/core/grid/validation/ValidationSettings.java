package com.envgrid.core.grid.validation;

/**
 * Tolerances of the layer validation. A gap, overlap or overhang is a <em>sliver</em> — reported, never fatal —
 * when its area is below {@code sliverAreaM2} or it is narrower than {@code sliverWidthM} everywhere (twice the
 * radius of its largest inscribed circle). Digitising artefacts along shared edges are typically a few
 * centimetres to a metre wide.
 */
public record ValidationSettings(double sliverAreaM2, double sliverWidthM) {
    public static final ValidationSettings DEFAULT = new ValidationSettings(10, 1.0);

    public ValidationSettings {
        if (sliverAreaM2 < 0 || sliverWidthM < 0) {
            throw new IllegalArgumentException("sliver tolerances must not be negative");
        }
    }
}
