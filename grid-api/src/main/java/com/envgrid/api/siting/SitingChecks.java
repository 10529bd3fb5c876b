package com.envgrid.api.siting;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.GeoJson;
import com.envgrid.api.shared.JsonText;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.source.Directory;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.geo.file.FeatureFile;
import com.envgrid.core.geo.file.FeatureFiles;
import com.envgrid.core.geo.file.FileFeature;
import com.envgrid.core.geo.file.ReadOptions;
import com.envgrid.core.geo.file.Shapes;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.siting.SitingCheck;
import com.envgrid.core.siting.SitingResult;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Siting checks: reads the site from a boundary file (GeoJSON, GeoPackage, zipped Shapefile, any coordinate system
 * the grid import reads), checks it against the stored zones, rivers and grids, and keeps the report — once per
 * request id, so a retried upload returns the first report. Reports are read within the caller's district.
 */
@Singleton
public class SitingChecks {
    private final Directory directory;
    private final LiveGridLayer live;
    private final SitingRows rows;
    private final Audit audit;
    private final JsonText json;
    private final DistrictTime time;

    SitingChecks(Directory directory, LiveGridLayer live, SitingRows rows, Audit audit, JsonText json,
                 DistrictTime time) {
        this.directory = directory;
        this.live = live;
        this.rows = rows;
        this.audit = audit;
        this.json = json;
        this.time = time;
    }

    /** What a project sends: its name, the applicant, the file, how to read it, and the client's request id. */
    public record Request(String project, String applicant, byte[] file, String crs, String layer, UUID requestId) {
    }

    /** Checks the site without keeping anything. */
    public SitingReport dryRun(Actor actor, Instant at, Request request) {
        Checked checked = check(actor.scope(), request);
        return report(null, request.project(), request.applicant(), checked.district(), at, actor.name(), checked.site(),
                checked.findings());
    }

    /** Checks the site and keeps the report, or returns the report kept for the same request id. */
    @Transactional
    public SitingReport save(Actor actor, Instant at, Request request) {
        if (request.requestId() != null) {
            Optional<SitingRow> kept = rows.findByRequestId(request.requestId());
            if (kept.isPresent()) {
                return report(kept.get());
            }
        }
        Checked checked = check(actor.scope(), request);
        SitingRow row = rows.save(new SitingRow(null, request.requestId(), checked.district(), at, time.dateOf(at),
                actor.personId(), actor.name(), request.project(), request.applicant(),
                new WKBWriter(2).write(checked.site()), checked.findings().verdict(), json.write(checked.findings())));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("project", request.project());
        after.put("district", checked.district());
        after.put("verdict", checked.findings().verdict());
        audit.record(actor, at, "create", "siting_check", String.valueOf(row.id()), null, after);
        return report(row);
    }

    /** A report the caller may read. */
    public SitingReport find(GridScope scope, long id) {
        return rows.findById(id).filter(r -> readable(scope, r.districtCode())).map(this::report)
                .orElseThrow(() -> new NotFound("no siting check " + id));
    }

    /** The reports of a year the caller may read, newest first. */
    public List<SitingReport> ofYear(GridScope scope, int year) {
        String district = scope.readsEverything() ? null : scope.district().orElse("");
        return rows.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), district).stream()
                .map(this::report).toList();
    }

    private static boolean readable(GridScope scope, String district) {
        return scope.readsEverything() || scope.district().map(district::equals).orElse(false);
    }

    private record Checked(Geometry site, String district, SitingReport.Findings findings) {
    }

    private Checked check(GridScope scope, Request request) {
        FeatureFile file = FeatureFiles.read(request.file(), ReadOptions.of(Shapes.ANY, "a site")
                .with(request.crs(), request.layer()));
        Geometry site = site(file);
        GridLayer layer = live.layer();
        SitingResult result = SitingCheck.check(site, directory.zones(), directory.rivers(), layer);
        String where = file.features().get(0).where();
        String district = SitingCheck.district(result, layer).orElseThrow(() -> new InvalidInput(
                "the site is not in one district; nothing was checked", List.of(new InputProblem(where,
                result.grids().isEmpty() ? "the site lies outside every grid" : "the site spans the districts of "
                        + String.join(", ", result.grids()) + ": check each district's part on its own"))));
        if (!scope.administers(district)) {
            throw new InvalidInput("the site lies outside your district; nothing was checked", List.of(
                    new InputProblem(where, "the site lies in district " + district + ", not in "
                            + scope.district().orElse(""))));
        }
        return new Checked(site, district, SitingReport.Findings.of(result));
    }

    /** The site: the features' points and areas together; lines and invalid geometries refused with where. */
    private static Geometry site(FeatureFile file) {
        List<InputProblem> problems = new ArrayList<>();
        List<Geometry> parts = new ArrayList<>();
        for (FileFeature f : file.features()) {
            problems.addAll(f.problems());
            Geometry g = f.geometry();
            if (g == null) {
                continue;
            }
            TopologyValidationError invalid = new IsValidOp(g).getValidationError();
            if (g instanceof Lineal) {
                problems.add(new InputProblem(f.where(), "a site is a point or an area, not a " + g.getGeometryType()));
            } else if (g.isEmpty()) {
                problems.add(new InputProblem(f.where(), "the geometry is empty"));
            } else if (invalid != null) {
                problems.add(new InputProblem(f.where(), "the geometry is not valid: " + invalid.getMessage()
                        + " at " + invalid.getCoordinate()));
            } else {
                parts.add(g);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the site could not be read; nothing was checked", problems);
        }
        if (parts.isEmpty()) {
            throw new InvalidInput("the file holds no site; nothing was checked", List.of(new InputProblem(
                    file.layer() == null ? "/features" : "layer " + file.layer(),
                    "no feature with a point or an area")));
        }
        return parts.size() == 1 ? parts.get(0) : FeatureFiles.WGS84.buildGeometry(parts).union();
    }

    private SitingReport report(SitingRow row) {
        Geometry site;
        try {
            site = new WKBReader(FeatureFiles.WGS84).read(row.site());
        } catch (ParseException e) {
            throw new IllegalStateException("stored site of siting check " + row.id() + " cannot be read", e);
        }
        SitingReport.Findings findings = json.read(row.result(), Argument.of(SitingReport.Findings.class));
        return report(row.id(), row.project(), row.applicant(), row.districtCode(), row.checkedAt(), row.checkedBy(),
                site, findings);
    }

    private SitingReport report(Long id, String project, String applicant, String district, Instant at, String by,
                                Geometry site, SitingReport.Findings findings) {
        Map<String, Object> geometry = json.read(GeoJson.json(g -> GeoJson.geometry(g, site)),
                Argument.mapOf(String.class, Object.class));
        return new SitingReport(id, project, applicant, district, at, time.dateOf(at), by,
                geometry, findings);
    }
}
