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
import com.envgrid.core.grid.imports.DistrictSelection;
import com.envgrid.core.grid.imports.ParentRule;
import com.envgrid.core.grid.validation.IssueKind;
import com.envgrid.core.grid.validation.IssueLevel;
import com.envgrid.core.grid.validation.LayerIssue;
import com.envgrid.core.grid.validation.InvalidGeometryRepair;
import com.envgrid.core.grid.validation.LayerValidator;
import com.envgrid.core.grid.validation.ParentClip;
import com.envgrid.core.grid.validation.ValidationReport;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a GeoJSON FeatureCollection of grids: read it (every input problem with where it is), derive parents
 * from codes (as asked, or from division codes in a file that names no parent) and keep one district of several when
 * asked, merge it with — or let it replace — the stored layer (or, with {@code district=}, that district's grids),
 * check the hierarchy, clip to parents when asked, validate the resulting layer, and write it only if the whole of
 * it is acceptable. A dry run stops before writing. Nothing is ever half-written.
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
        ReadGrids read = GridFeatureReader.read(body, request.mapping(), request.file());
        LayerState current = live.current();
        List<Grid> kept = kept(current.layer(), request);
        ParentRule rule = request.parentRule() != null ? request.parentRule()
                : ParentRule.impliedBy(read.grids()).orElse(null);
        Selected selected = parentsAndDistrict(read, request, rule, kept);
        List<Grid> submitted = selected.grids();
        List<LayerIssue> findings = new ArrayList<>();
        if (request.repair()) {
            var repaired = InvalidGeometryRepair.repair(submitted);
            submitted = repaired.grids();
            findings.addAll(repaired.findings());
        }
        Map<String, Grid> merged = new LinkedHashMap<>();
        kept.forEach(g -> merged.put(g.code(), g));
        submitted.forEach(g -> merged.put(g.code(), g));
        List<InputProblem> hierarchy = GridLayer.hierarchyProblems(merged.values(), g -> read.pointerOf(g.code()));
        if (!hierarchy.isEmpty()) {
            throw new InvalidInput("the grids do not form a hierarchy; nothing was imported", hierarchy);
        }
        boolean parks = request.parksTakePrecedence() != null ? request.parksTakePrecedence()
                : current.layer().isEmpty() || current.layer().parksTakePrecedence();
        var tolerances = request.tolerances() != null ? request.tolerances() : live.settings();
        if (request.clipToParent()) {
            Set<String> fromFile = new LinkedHashSet<>(submitted.stream().map(Grid::code).toList());
            var clipped = ParentClip.clip(merged.values(), fromFile, parks, tolerances);
            clipped.grids().forEach(g -> merged.put(g.code(), g));
            submitted = submitted.stream().map(g -> merged.get(g.code())).toList();
            findings.addAll(clipped.findings());
        }
        GridLayer layer = GridLayer.of(merged.values(), parks);
        findings.addAll(new LayerValidator(tolerances).validate(layer).findings());
        ValidationReport report = new ValidationReport(findings);
        List<ImportOutcome.FileGrid> file = submitted.stream()
                .map(g -> new ImportOutcome.FileGrid(g, changeOf(current.layer(), g))).toList();
        ImportOutcome outcome = new ImportOutcome(request.dryRun(), report.acceptable(), null,
                counts(current.layer(), file, layer, selected.leftOut(), request.replace()), file, report, tolerances,
                read.crs());
        if (request.dryRun()) {
            return outcome;
        }
        if (!report.acceptable()) {
            throw new LayerRejected(outcome);
        }
        long version = store.write(actor, at, layer, submitted, request.replace(), current.version(),
                GridJson.findingsArray(report), tolerances, audited(request, rule, outcome));
        live.replace(version, layer, report, tolerances);
        changes.publishEvent(new GridLayerChanged(version));
        return outcome.written(version);
    }

    /**
     * The stored grids an import keeps: all of them when merging, none when the file replaces the layer, and those
     * outside the district when it replaces one district ({@code district=}) of several.
     */
    private static List<Grid> kept(GridLayer stored, ImportRequest request) {
        if (!request.replace()) {
            return List.copyOf(stored.grids());
        }
        if (request.district() == null) {
            return List.of();
        }
        Set<String> replaced = stored.subtree(request.district());
        return stored.grids().stream().filter(g -> !replaced.contains(g.code())).toList();
    }

    /** The file's grids to import and how many features {@code district=} left out. */
    private record Selected(List<Grid> grids, int leftOut) {
    }

    /**
     * The file's grids with the parents {@code rule} derives (null: none) from their codes and those of the {@code kept}
     * stored grids, then — with {@code district=} — only that district and what lies under it; refused if a kept
     * grid's parent cannot be derived.
     */
    private static Selected parentsAndDistrict(ReadGrids read, ImportRequest request, ParentRule rule, List<Grid> kept) {
        List<Grid> grids = read.grids();
        List<InputProblem> underivable = List.of();
        if (rule != null) {
            Set<String> layerCodes = new LinkedHashSet<>();
            kept.forEach(g -> layerCodes.add(g.code()));
            grids.forEach(g -> layerCodes.add(g.code()));
            var derived = rule.derive(grids, layerCodes, request.parentSeparator(),
                    g -> read.pointerOf(g.code()));
            grids = derived.grids();
            underivable = derived.problems();
        }
        int leftOut = 0;
        if (request.district() != null) {
            var district = DistrictSelection.select(grids, request.district(), "?district");
            Set<String> inDistrict = new LinkedHashSet<>(district.grids().stream().map(Grid::code).toList());
            // grids of other districts are ignored, whatever is wrong with them
            underivable = underivable.stream().filter(p -> inDistrict.contains((String) p.params().get("code"))).toList();
            grids = district.grids();
            leftOut = district.leftOut();
        }
        if (!underivable.isEmpty()) {
            throw new InvalidInput("parents could not be derived from the codes; nothing was imported", underivable);
        }
        return new Selected(grids, leftOut);
    }

    private static ImportOutcome.Counts counts(GridLayer stored, List<ImportOutcome.FileGrid> file, GridLayer result,
                                               int leftOut, boolean replace) {
        Map<ImportOutcome.Change, Long> changes = file.stream()
                .collect(Collectors.groupingBy(ImportOutcome.FileGrid::change, Collectors.counting()));
        int removed = replace ? (int) stored.grids().stream().filter(g -> result.find(g.code()).isEmpty()).count() : 0;
        return new ImportOutcome.Counts(file.size(), count(changes, ImportOutcome.Change.ADDED),
                count(changes, ImportOutcome.Change.CHANGED), count(changes, ImportOutcome.Change.UNCHANGED), removed,
                leftOut, result.size());
    }

    private static int count(Map<ImportOutcome.Change, Long> changes, ImportOutcome.Change change) {
        return changes.getOrDefault(change, 0L).intValue();
    }

    private static ImportOutcome.Change changeOf(GridLayer stored, Grid imported) {
        return stored.find(imported.code())
                .map(before -> same(before, imported) ? ImportOutcome.Change.UNCHANGED : ImportOutcome.Change.CHANGED)
                .orElse(ImportOutcome.Change.ADDED);
    }

    /** Whether a grid as imported is the grid stored: same name, level, parent and — coordinate for coordinate — geometry. */
    private static boolean same(Grid stored, Grid imported) {
        return stored.name().equals(imported.name()) && stored.level() == imported.level()
                && Objects.equals(stored.parentCode(), imported.parentCode())
                && stored.geometry().equalsExact(imported.geometry());
    }

    /** The options of an import and what they did, for its audit record. */
    private static Map<String, Object> audited(ImportRequest request, ParentRule rule, ImportOutcome outcome) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("crs", outcome.crs().crs().label());
        options.put("crs_source", outcome.crs().source());
        if (rule != null) {
            options.put("parent_rule", rule.key());
        }
        if (request.district() != null) {
            options.put("district", request.district());
            options.put("left_out", outcome.grids().leftOut());
        }
        if (request.clipToParent()) {
            options.put("clip_to_parent", true);
            options.put("clipped_pieces", outcome.report().count(IssueKind.CLIPPED_TO_PARENT));
            options.put("clipped_m2", Math.round(outcome.report().findings().stream()
                    .filter(f -> f.kind() == IssueKind.CLIPPED_TO_PARENT).mapToDouble(LayerIssue::areaM2).sum()));
        }
        if (outcome.tolerances().outsideParentToleranceM2() > 0) {
            options.put("outside_parent_tolerance_m2", outcome.tolerances().outsideParentToleranceM2());
            options.put("tolerated_overhangs", outcome.report().findings().stream()
                    .filter(f -> f.kind() == IssueKind.OUTSIDE_PARENT && f.severity() == IssueLevel.WARNING).count());
        }
        return options;
    }
}
