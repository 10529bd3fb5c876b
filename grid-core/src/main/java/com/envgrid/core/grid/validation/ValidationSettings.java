package com.envgrid.core.grid.validation;

import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;

/**
 * Tolerances of the layer validation. A gap, overlap or overhang is a <em>sliver</em> — reported, never fatal —
 * when its area is below {@code sliverAreaM2} or it is narrower than {@code sliverWidthM} everywhere (twice the
 * radius of its largest inscribed circle). Digitising artefacts along shared edges are typically a few
 * centimetres to a metre wide. Independently digitised layers (a bureau's streets against the official district
 * outline) overhang by more: a piece of a grid outside its parent smaller than {@code outsideParentToleranceM2} is
 * still an {@code OUTSIDE_PARENT}, but a warning instead of an error.
 */
public record ValidationSettings(double sliverAreaM2, double sliverWidthM, double outsideParentToleranceM2) {
    public static final ValidationSettings DEFAULT = new ValidationSettings(10, 1.0);

    public ValidationSettings {
        if (sliverAreaM2 < 0 || sliverWidthM < 0 || outsideParentToleranceM2 < 0) {
            throw new IllegalArgumentException("tolerances must not be negative");
        }
    }

    /** Sliver tolerances only: every overhang beyond them is an error. */
    public ValidationSettings(double sliverAreaM2, double sliverWidthM) {
        this(sliverAreaM2, sliverWidthM, 0);
    }

    /** Whether a piece of a gap, overlap or overhang, given in metres, is a sliver by these tolerances. */
    public boolean isSliver(Geometry metres) {
        return metres.getArea() < sliverAreaM2
                || 2 * MaximumInscribedCircle.getRadiusLine(metres, 0.01).getLength() < sliverWidthM;
    }

    public ValidationSettings withOutsideParentTolerance(double toleranceM2) {
        return new ValidationSettings(sliverAreaM2, sliverWidthM, toleranceM2);
    }
}
