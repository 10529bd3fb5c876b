package com.envgrid.api.inspection;

import com.envgrid.api.shared.VocabularyColumn;
import com.envgrid.core.inspection.FixCrs;
import jakarta.inject.Singleton;

/** The CRS a fix was sent in, as stored: {@code wgs84} or {@code gcj02}. */
@Singleton
final class FixCrsColumn extends VocabularyColumn<FixCrs> {
    FixCrsColumn() {
        super(FixCrs.class);
    }
}
