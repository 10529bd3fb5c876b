package com.envgrid.core.review;

import com.envgrid.core.coverage.GridFigures;

import java.util.Objects;

/** A grid to review: its code, name, level key (town, street, park) and its figures for the quarter. */
public record ReviewInput(String code, String name, String level, GridFigures figures) {
    public ReviewInput {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(figures, "figures");
    }
}
