package com.envgrid.api.grid;

import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.grid.geojson.PropertyMapping;
import com.envgrid.core.grid.imports.ParentRule;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.grid.validation.ValidationSettings;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;
import java.util.Map;

/**
 * The query parameters of a grid import as sent (see {@link ImportRequest} for what they mean); {@link #request}
 * checks them and makes the import request.
 */
@Introspected
record ImportQuery(@QueryValue(defaultValue = "false") boolean dryRun,
                   @QueryValue(defaultValue = "merge") String mode,
                   @QueryValue(defaultValue = "false") boolean repair,
                   @Nullable @QueryValue Boolean parksTakePrecedence,
                   @Nullable @QueryValue String codeProperty,
                   @Nullable @QueryValue String nameProperty,
                   @Nullable @QueryValue String levelProperty,
                   @Nullable @QueryValue String parentProperty,
                   @Nullable @QueryValue String level,
                   @Nullable @QueryValue Double sliverAreaM2,
                   @Nullable @QueryValue Double sliverWidthM,
                   @Nullable @QueryValue String parentRule,
                   @Nullable @QueryValue String parentSeparator,
                   @Nullable @QueryValue String clipToParent,
                   @Nullable @QueryValue Double outsideParentToleranceM2,
                   @Nullable @QueryValue String district,
                   @Nullable @QueryValue String crs,
                   @Nullable @QueryValue String layer) {
    /** Beyond these, a disagreement between neighbours is not a digitising artefact any more. */
    static final double MAX_SLIVER_AREA_M2 = 10_000;
    static final double MAX_SLIVER_WIDTH_M = 20;
    /** Beyond this an overhang is a grid drawn in the wrong place, not two surveys disagreeing along a boundary. */
    static final double MAX_OUTSIDE_PARENT_TOLERANCE_M2 = 100_000;

    /** The import these parameters ask for; tolerances not stated are the {@code configured} ones. */
    ImportRequest request(ValidationSettings configured) {
        if (!mode.equals("merge") && !mode.equals("replace")) {
            throw new InvalidParameter("mode", "mode is merge (add to and update the stored layer) or replace (the file is the whole layer)");
        }
        GridLevel fixedLevel = level == null ? null : GridLevel.parse(level).orElseThrow(() -> new InvalidParameter("level",
                "unknown level \"" + level + "\"; accepted: " + GridLevel.accepted()));
        ValidationSettings tolerances = null;
        if (sliverAreaM2 != null || sliverWidthM != null) {
            double area = sliverAreaM2 != null ? sliverAreaM2 : configured.sliverAreaM2();
            double width = sliverWidthM != null ? sliverWidthM : configured.sliverWidthM();
            if (!(area >= 0 && area <= MAX_SLIVER_AREA_M2 && width >= 0 && width <= MAX_SLIVER_WIDTH_M)) {
                throw new InvalidParameter("sliverAreaM2", "sliver tolerances are 0 to " + MAX_SLIVER_AREA_M2 + " m² and 0 to "
                        + MAX_SLIVER_WIDTH_M + " m wide");
            }
            tolerances = new ValidationSettings(area, width);
        }
        if (outsideParentToleranceM2 != null) {
            if (!(outsideParentToleranceM2 >= 0 && outsideParentToleranceM2 <= MAX_OUTSIDE_PARENT_TOLERANCE_M2)) {
                throw new InvalidInput("bad query parameter outsideParentToleranceM2", List.of(new InputProblem(
                        "?outsideParentToleranceM2", "outsideParentToleranceM2 is 0 to " + MAX_OUTSIDE_PARENT_TOLERANCE_M2
                        + " m²: a larger overhang is a grid in the wrong place (clipToParent=true cuts overhangs off)",
                        InputCode.OUT_OF_RANGE, Map.of("min", 0, "max", MAX_OUTSIDE_PARENT_TOLERANCE_M2))));
            }
            tolerances = (tolerances != null ? tolerances : configured).withOutsideParentTolerance(outsideParentToleranceM2);
        }
        ParentRule rule = parentRule == null ? null : ParentRule.parse(parentRule).orElseThrow(() -> new InvalidInput(
                "bad query parameter parentRule", List.of(new InputProblem("?parentRule", "unknown parentRule \""
                + parentRule + "\"; accepted: " + ParentRule.accepted(), InputCode.NOT_ONE_OF,
                Map.of("accepted", ParentRule.accepted())))));
        if (parentSeparator != null && !parentSeparator.equals("-") && !parentSeparator.equals(".")) {
            throw new InvalidInput("bad query parameter parentSeparator", List.of(new InputProblem("?parentSeparator",
                    "parentSeparator is - or .", InputCode.NOT_ONE_OF, Map.of("accepted", "-, ."))));
        }
        if (parentSeparator != null && rule != ParentRule.STRIP_LAST_SEGMENT) {
            throw new InvalidParameter("parentSeparator", "parentSeparator goes with parentRule=strip-last-segment");
        }
        // read strictly: a clip the administrator meant to ask for must not become "no clip" by a typo
        if (clipToParent != null && !clipToParent.equals("true") && !clipToParent.equals("false")) {
            throw new InvalidInput("bad query parameter clipToParent", List.of(new InputProblem("?clipToParent",
                    "clipToParent is true or false", InputCode.NOT_ONE_OF, Map.of("accepted", "true, false"))));
        }
        return new ImportRequest(new PropertyMapping(codeProperty, nameProperty, levelProperty, parentProperty,
                fixedLevel), dryRun, mode.equals("replace"), repair, parksTakePrecedence, tolerances, rule,
                parentSeparator == null ? null : parentSeparator.charAt(0), "true".equals(clipToParent),
                district == null || district.isBlank() ? null : district.trim(),
                GridFeatureReader.GRIDS.with(crs, layer));
    }
}
