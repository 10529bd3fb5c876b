package com.envgrid.core.grid.validation;

import com.envgrid.core.geo.LocalProjection;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Validates a grid layer before it is accepted.
 * <p>
 * Rules, for each district and its first-level grids and for every other grid and its children:
 * <ul>
 *   <li>every geometry is valid (OGC simple features); an invalid grid is reported once with where its first
 *       error lies and is left out of the other rules;</li>
 *   <li>a child lies inside its parent's effective area: each part outside is an {@code OUTSIDE_PARENT};</li>
 *   <li>siblings do not overlap: each overlapping area is an {@code OVERLAP} naming the pair — except a park
 *       overlapping a town or street when parks take precedence, which is a carve-out, not a conflict;</li>
 *   <li>children cover their parent: each part of the parent no child covers is a {@code GAP}. Without a district
 *       grid, the district's outline is taken as the first-level grids' outer boundary, so only enclosed gaps show;
 *       a grid without children is not expected to be split and has no gaps.</li>
 *   <li>districts do not overlap one another: each overlapping area is an {@code OVERLAP}; the land between
 *       districts (a neighbouring city, a lake) is no gap.</li>
 * </ul>
 * Every gap, overlap or overhang below the {@link ValidationSettings} sliver tolerances is a {@code SLIVER} instead;
 * an overhang below the outside-parent tolerance stays an {@code OUTSIDE_PARENT}, as a warning.
 * Areas are on the WGS84 ellipsoid, in m².
 */
public final class LayerValidator {
    private final ValidationSettings settings;

    public LayerValidator(ValidationSettings settings) {
        this.settings = settings;
    }

    public ValidationReport validate(GridLayer layer) {
        if (layer.isEmpty()) {
            return new ValidationReport(List.of());
        }
        Run run = new Run(layer);
        run.checkValidity();
        List<Grid> districts = layer.districts().stream().filter(d -> run.valid(d.code())).toList();
        run.checkOverlaps(run.overlapSuspects(districts), districts);
        List<Grid> inNoDistrict = layer.firstLevel().stream().filter(g -> layer.districtOf(g.code()).isEmpty()).toList();
        run.checkFamily(null, null, inNoDistrict);
        for (Grid parent : layer.grids()) {
            List<Grid> children = layer.children(parent.code());
            if (run.valid(parent.code())) {
                run.checkFamily(parent.code(), layer.effectiveGeometry(parent.code()), children);
            } else if (parent.level() == GridLevel.DISTRICT) {
                // a district's outline drawn wrong still leaves its towns and streets to check among themselves
                run.checkFamily(parent.code(), null, children);
            }
        }
        return new ValidationReport(run.findings);
    }

    private final class Run {
        private final GridLayer layer;
        private final LocalProjection metres;
        private final Set<String> invalid = new HashSet<>();
        private final List<LayerIssue> findings = new ArrayList<>();

        Run(GridLayer layer) {
            this.layer = layer;
            var envelope = new org.locationtech.jts.geom.Envelope();
            layer.grids().forEach(g -> envelope.expandToInclude(g.geometry().getEnvelopeInternal()));
            this.metres = LocalProjection.centredOn(envelope);
        }

        boolean valid(String code) {
            return !invalid.contains(code);
        }

        void checkValidity() {
            for (Grid g : layer.grids()) {
                TopologyValidationError error = new IsValidOp(g.geometry()).getValidationError();
                if (error != null) {
                    invalid.add(g.code());
                    var at = error.getCoordinate();
                    findings.add(new LayerIssue(IssueKind.INVALID_GEOMETRY, List.of(g.code()),
                            g.geometry().getFactory().createPoint(at), null,
                            String.format(Locale.ROOT, "grid %s (%s): %s at [%.7f, %.7f]", g.code(), g.name(),
                                    error.getMessage(), at.x, at.y)));
                }
            }
        }

        void checkFamily(String parentCode, Geometry parentArea, List<Grid> allChildren) {
            List<Grid> children = allChildren.stream().filter(c -> valid(c.code())).toList();
            if (children.isEmpty()) {
                return;
            }
            String parentLabel = parentCode == null ? "the district" : label(parentCode);
            if (parentArea != null) {
                for (Grid child : children) {
                    Geometry outside = OverlayNGRobust.overlay(layer.effectiveGeometry(child.code()), parentArea,
                            OverlayNG.DIFFERENCE);
                    report(IssueKind.OUTSIDE_PARENT, List.of(child.code()), outside,
                            "part of " + label(child.code()) + " lies outside its parent " + parentLabel);
                }
            }
            Geometry[] areas = children.stream().map(c -> layer.effectiveGeometry(c.code())).toArray(Geometry[]::new);
            List<Grid> suspects = overlapSuspects(children, areas);
            checkOverlaps(suspects, children);
            Geometry covered = suspects.isEmpty() ? CoverageUnion.union(areas) : UnaryUnionOp.union(List.of(areas));
            Geometry reference = parentArea != null ? parentArea : outline(covered);
            Geometry gaps = OverlayNGRobust.overlay(reference, covered, OverlayNG.DIFFERENCE);
            report(IssueKind.GAP, parentCode == null ? List.of() : List.of(parentCode), gaps,
                    "part of " + parentLabel + " that none of its " + (parentCode == null ? "first-level grids" : "children")
                            + " covers");
        }

        /**
         * The siblings that may overlap another, found cheaply so that exact overlays run only from them: JTS's
         * coverage check flags every polygon whose edges do not match its neighbours', and a polygon lying wholly
         * inside another (or duplicating it) is caught by its interior point. When there is no suspect the siblings
         * form a coverage and union exactly with {@link CoverageUnion}.
         */
        private List<Grid> overlapSuspects(List<Grid> siblings) {
            return overlapSuspects(siblings, siblings.stream().map(g -> layer.effectiveGeometry(g.code()))
                    .toArray(Geometry[]::new));
        }

        private List<Grid> overlapSuspects(List<Grid> siblings, Geometry[] areas) {
            Geometry[] mismatched = CoverageValidator.validate(areas);
            STRtree index = new STRtree();
            for (int i = 0; i < areas.length; i++) {
                index.insert(areas[i].getEnvelopeInternal(), i);
            }
            Set<Integer> suspect = new java.util.TreeSet<>();
            for (int i = 0; i < areas.length; i++) {
                if (mismatched[i] != null) {
                    suspect.add(i);
                    continue;
                }
                Geometry inside = areas[i].getInteriorPoint();
                for (Object o : index.query(inside.getEnvelopeInternal())) {
                    int j = (Integer) o;
                    if (j != i && areas[j].covers(inside)) {
                        suspect.add(i);
                    }
                }
            }
            return suspect.stream().map(siblings::get).toList();
        }

        /** Reports every overlap between a suspect and any sibling, each pair once. */
        private void checkOverlaps(List<Grid> suspects, List<Grid> siblings) {
            STRtree index = new STRtree();
            for (Grid g : siblings) {
                index.insert(g.geometry().getEnvelopeInternal(), g);
            }
            Set<String> pairs = new HashSet<>();
            for (Grid s : suspects) {
                for (Object o : index.query(s.geometry().getEnvelopeInternal())) {
                    Grid other = (Grid) o;
                    Grid a = s.code().compareTo(other.code()) < 0 ? s : other;
                    Grid b = a == s ? other : s;
                    if (a == b || !pairs.add(a.code() + "\u0000" + b.code()) || isCarveOut(a, b)
                            || !a.geometry().intersects(b.geometry())) {
                        continue;
                    }
                    Geometry overlap = OverlayNGRobust.overlay(a.geometry(), b.geometry(), OverlayNG.INTERSECTION);
                    report(IssueKind.OVERLAP, List.of(a.code(), b.code()), overlap,
                            label(a.code()) + " and " + label(b.code()) + " overlap");
                }
            }
        }

        private boolean isCarveOut(Grid a, Grid b) {
            return layer.parksTakePrecedence() && a.level().isFirstLevel()
                    && (a.level() == GridLevel.PARK) != (b.level() == GridLevel.PARK);
        }

        /** Reports each polygonal piece of an area as the given kind, or as a sliver when below the tolerances. */
        private void report(IssueKind kind, List<String> codes, Geometry area, String what) {
            for (Object o : PolygonExtracter.getPolygons(area)) {
                Polygon piece = (Polygon) o;
                Geometry projected = metres.toMetres(piece);
                double areaM2 = projected.getArea();
                if (areaM2 <= 0) {
                    continue;
                }
                if (settings.isSliver(projected)) {
                    findings.add(new LayerIssue(IssueKind.SLIVER, codes, piece, areaM2,
                            String.format(Locale.ROOT, "sliver: %s: %.1f m²", what, areaM2)));
                } else if (kind == IssueKind.OUTSIDE_PARENT && areaM2 < settings.outsideParentToleranceM2()) {
                    findings.add(new LayerIssue(kind, codes, piece, areaM2, String.format(Locale.ROOT,
                            "%s: %.1f m², accepted below the tolerance of %.0f m²", what, areaM2,
                            settings.outsideParentToleranceM2()), IssueLevel.WARNING));
                } else {
                    findings.add(new LayerIssue(kind, codes, piece, areaM2,
                            String.format(Locale.ROOT, "%s: %.1f m²", what, areaM2)));
                }
            }
        }

        private String label(String code) {
            return layer.find(code).map(g -> g.code() + " (" + g.name() + ")").orElse(code);
        }
    }

    /** The area within the outer boundary of a polygonal geometry: its shells, holes filled. */
    private static Geometry outline(Geometry polygonal) {
        List<Geometry> shells = new ArrayList<>();
        for (Object o : PolygonExtracter.getPolygons(polygonal)) {
            Polygon p = (Polygon) o;
            shells.add(p.getFactory().createPolygon(p.getExteriorRing().getCoordinateSequence()));
        }
        return UnaryUnionOp.union(shells);
    }
}
