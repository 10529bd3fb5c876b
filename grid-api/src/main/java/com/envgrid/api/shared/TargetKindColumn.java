package com.envgrid.api.shared;

import com.envgrid.core.duty.TargetKind;
import jakarta.inject.Singleton;

/** A duty's or an inspection's target kind as stored: {@code source}, {@code grid_patrol}, {@code river_patrol}. */
@Singleton
public final class TargetKindColumn extends VocabularyColumn<TargetKind> {
    public TargetKindColumn() {
        super(TargetKind.class);
    }
}
