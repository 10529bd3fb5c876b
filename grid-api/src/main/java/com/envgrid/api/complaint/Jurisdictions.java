package com.envgrid.api.complaint;

import com.envgrid.api.city.Cities;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.complaint.ComplaintCode;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The jurisdictions Open311 clients name ({@code jurisdiction_id}): each district of the city by its grid code, and
 * the city by its GB/T 2260 code, which stands for all of its districts. Without a jurisdiction a client means the
 * whole city, as a single-district deployment always did.
 */
@Singleton
class Jurisdictions {
    static final String FIELD = "/jurisdiction_id";

    private final LiveGridLayer live;
    private final Cities cities;

    Jurisdictions(LiveGridLayer live, Cities cities) {
        this.live = live;
        this.cities = cities;
    }

    /**
     * The codes of the districts a jurisdiction stands for: one district, or every district for the city's code or
     * none given.
     *
     * @throws InvalidInput at {@code jurisdiction_id} when it is neither a district's code nor the city's
     */
    Set<String> districts(String jurisdictionId) {
        GridLayer layer = live.layer();
        Set<String> all = layer.districts().stream().map(Grid::code).collect(Collectors.toUnmodifiableSet());
        if (jurisdictionId == null || jurisdictionId.isBlank() || cities.code().filter(jurisdictionId::equals)
                .isPresent()) {
            return all;
        }
        if (all.contains(jurisdictionId)) {
            return Set.of(jurisdictionId);
        }
        List<String> accepted = new ArrayList<>();
        cities.code().ifPresent(accepted::add);
        all.stream().sorted().forEach(accepted::add);
        throw new InvalidInput("unknown jurisdiction", List.of(new InputProblem(FIELD, "\"" + jurisdictionId
                + "\" is neither a district of the city nor the city: one of " + accepted,
                ComplaintCode.UNKNOWN_JURISDICTION, Map.of("value", jurisdictionId, "accepted", accepted))));
    }

    /**
     * Whether a complaint in this grid (null: none yet) lies in one of the districts; one without a grid lies in
     * every jurisdiction.
     */
    boolean covers(Set<String> districts, String gridCode) {
        return gridCode == null || districtOf(gridCode).filter(districts::contains).isPresent();
    }

    /**
     * Refuses a location that lies in a district outside the jurisdiction; a location in no district is left to the
     * intake's own check.
     *
     * @throws InvalidInput at {@code jurisdiction_id}, naming the district the location lies in
     */
    void requireWithin(Set<String> districts, Double lon, Double lat) {
        if (lon == null || lat == null || !Double.isFinite(lon) || !Double.isFinite(lat)) {
            return;
        }
        GridLayer layer = live.layer();
        var located = live.locator().locate(lon, lat).deepest()
                .flatMap(g -> layer.districtOf(g.code()));
        if (located.isPresent() && !districts.contains(located.get().code())) {
            Grid district = located.get();
            throw new InvalidInput("outside the jurisdiction", List.of(new InputProblem(FIELD, "[" + lon + ", " + lat
                    + "] lies in " + district.name() + " (" + district.code() + "), not in jurisdiction "
                    + String.join(", ", districts.stream().sorted().toList()) + ": send it to " + district.code()
                    + " or to the city", ComplaintCode.OUTSIDE_JURISDICTION, Map.of("district", district.code()))));
        }
    }

    /** The district a grid lies in. */
    Optional<String> districtOf(String gridCode) {
        return live.layer().districtOf(gridCode).map(Grid::code);
    }
}
