package com.envgrid.api.siting;

import com.envgrid.core.siting.SitingResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A siting check as a report: who checked which project of which applicant when, in which district, the site
 * (GeoJSON geometry) and what was found. {@code id} is null for a dry run, which keeps nothing.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record SitingReport(@Nullable Long id, String project, @Nullable String applicant, String district,
                           Instant checkedAt, LocalDate checkedOn, String checkedBy, Map<String, Object> site,
                           Findings findings) {

    /** How distances are measured, said on every report. */
    static final String DISTANCES = "metres on a Lambert azimuthal equal-area projection of the WGS84 ellipsoid"
            + " centred on the site";

    /**
     * What the check found, kept as found then (zones change later): the verdict and its Chinese name, the zones
     * intersected with the overlap in m² (0 for a point site), else the nearest zone; the nearest river segment;
     * the grids touched; the rules that apply; how distances were measured.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Findings(String verdict, String verdictName, List<Zone> zones, @Nullable NearZone nearestZone,
                           @Nullable NearRiver nearestRiver, List<String> grids, List<String> rules,
                           String distances) {
        static Findings of(SitingResult r) {
            return new Findings(r.verdict().key(), r.verdict().chineseName(),
                    r.zones().stream().map(z -> new Zone(z.code(), z.name(), z.level().key(), z.level().chineseName(),
                            Math.round(z.overlapM2()))).toList(),
                    r.nearestZone() == null ? null : new NearZone(r.nearestZone().code(), r.nearestZone().name(),
                            r.nearestZone().level().key(), r.nearestZone().level().chineseName(),
                            Math.round(r.nearestZone().distanceM())),
                    r.nearestRiver() == null ? null : new NearRiver(r.nearestRiver().code(),
                            r.nearestRiver().riverName(), Math.round(r.nearestRiver().distanceM())),
                    r.grids(), r.rules(), DISTANCES);
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Zone(String code, String name, String level, String levelName, long overlapM2) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record NearZone(String code, String name, String level, String levelName, long distanceM) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record NearRiver(String code, String riverName, long distanceM) {
    }
}
