package com.envgrid.api.inspection;

import com.envgrid.core.inspection.Finding;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Severity;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;

/**
 * A finding in its stored form — in a record's typed JSON column — and as answered: the vocabularies' keys and the
 * description.
 */
@Serdeable
public record FindingJson(String category, String severity, String description) {
    static FindingJson of(Finding f) {
        return new FindingJson(f.category().key(), f.severity().key(), f.description());
    }

    Finding finding() {
        return new Finding(FindingCategory.valueOf(category.toUpperCase(Locale.ROOT)),
                Severity.valueOf(severity.toUpperCase(Locale.ROOT)), description);
    }
}
