package com.envgrid.api.grid;

import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.layer.LayerState;
import com.envgrid.api.layer.GridStore;
import com.envgrid.api.layer.GridLayerChanged;
import com.envgrid.core.access.Actor;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.grid.geojson.ReadGrids;
import com.envgrid.core.grid.validation.LayerIssue;
import com.envgrid.core.grid.validation.InvalidGeometryRepair;
import com.envgrid.core.grid.validation.LayerValidator;
import com.envgrid.core.grid.validation.ValidationReport;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a GeoJSON FeatureCollection of grids: read it (every input problem with where it is), merge it with
 * — or let it replace — the stored layer, check the hierarchy, validate the resulting layer, and write it only
 * if the whole of it is acceptable. A dry run stops before writing. Nothing is ever half-written.
 */
@Singleton
public class GridImport {
    private final LiveGridLayer live;
    private final GridStore store;
    private final ApplicationEventPublisher<GridLayerChanged> changes;

    GridImport(LiveGridLayer live, GridStore store, ApplicationEventPublisher<GridLayerChanged> changes) {
        this.live = live;
        this.store = store;
        this.changes = changes;
    }

    /** Imports the file {@code body} as {@code request} says, on behalf of {@code actor} at {@code at}. */
    public ImportOutcome run(Actor actor, Instant at, byte[] body, ImportRequest request) {
        ReadGrids read = GridFeatureReader.read(body, request.mapping());
        LayerState current = live.current();
        List<Grid> submitted = read.grids();
        List<LayerIssue> repairs = List.of();
        if (request.repair()) {
            var repaired = InvalidGeometryRepair.repair(submitted);
            submitted = repaired.grids();
            repairs = repaired.findings();
        }
        Map<String, Grid> merged = new LinkedHashMap<>();
        if (!request.replace()) {
            current.layer().grids().forEach(g -> merged.put(g.code(), g));
        }
        int added = 0;
        for (Grid g : submitted) {
            added += current.layer().find(g.code()).isEmpty() ? 1 : 0;
            merged.put(g.code(), g);
        }
        List<InputProblem> hierarchy = GridLayer.hierarchyProblems(merged.values(), g -> read.pointerOf(g.code()));
        if (!hierarchy.isEmpty()) {
            throw new InvalidInput("the grids do not form a hierarchy; nothing was imported", hierarchy);
        }
        boolean parks = request.parksTakePrecedence() != null ? request.parksTakePrecedence()
                : current.layer().isEmpty() || current.layer().parksTakePrecedence();
        GridLayer layer = GridLayer.of(merged.values(), parks);
        List<LayerIssue> findings = new ArrayList<>(repairs);
        var tolerances = request.tolerances() != null ? request.tolerances() : live.settings();
        findings.addAll(new LayerValidator(tolerances).validate(layer).findings());
        ValidationReport report = new ValidationReport(findings);
        int updated = submitted.size() - added;
        ImportOutcome outcome = new ImportOutcome(request.dryRun(), report.acceptable(), null, submitted.size(),
                added, updated, layer.size(), report, tolerances);
        if (request.dryRun()) {
            return outcome;
        }
        if (!report.acceptable()) {
            throw new LayerRejected(outcome);
        }
        long version = store.write(actor, at, layer, submitted, request.replace(), current.version(),
                GridJson.findingsArray(report));
        live.replace(version, layer, report, tolerances);
        changes.publishEvent(new GridLayerChanged(version));
        return new ImportOutcome(false, true, version, submitted.size(), added, updated, layer.size(), report,
                tolerances);
    }
}
