package com.envgrid.core.duty;

import com.envgrid.core.source.CreditRating;
import java.util.List;

/**
 * A drawn object with its score and the inspectors paired with it, best score first. {@code inspectorShortfall} is
 * {@code null} when two inspectors were found, and otherwise says why fewer were.
 */
public record DrawnObject(String code, String gridCode, CreditRating rating, String score, List<Long> inspectors,
                          String inspectorShortfall) {
    public DrawnObject {
        inspectors = List.copyOf(inspectors);
    }
}
