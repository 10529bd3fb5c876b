package com.envgrid.api.city;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.grid.City;
import com.envgrid.core.grid.GridLayer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Clock;
import java.util.List;

/**
 * The city the deployment serves and its districts: everyone signed in reads it (the districts their scope reaches,
 * each with its area); city administrators set its GB/T 2260 code and name.
 */
@Controller("/api/city")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CityController {
    private final Cities cities;
    private final LiveGridLayer live;
    private final AccessScopes scopes;
    private final Clock clock;

    CityController(Cities cities, LiveGridLayer live, AccessScopes scopes, Clock clock) {
        this.cities = cities;
        this.live = live;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record DistrictView(String code, String name, double areaKm2) {
    }

    /** The city (code and name null where not set yet) and the districts the caller reaches, by code. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record CityView(@Nullable String code, @Nullable String name, List<DistrictView> districts) {
    }

    /** A city as an administrator sends it. */
    @Serdeable
    record CityChange(@Nullable String code, @Nullable String name) {
    }

    @Get
    CityView city() {
        return view(cities.city(), scopes.current());
    }

    @Put
    @Secured("admin")
    CityView set(@Body CityChange change) {
        var actor = scopes.actor();
        if (!actor.scope().administersCity()) {
            throw new AccessDenied("only the city's administrators set the city; a district's administrators set"
                    + " their district's rules");
        }
        City city = cities.set(actor, clock.instant(), change.code(), change.name(), live.layer().districts());
        return view(city, actor.scope());
    }

    private CityView view(City city, GridScope scope) {
        GridLayer layer = live.layer();
        List<DistrictView> districts = layer.districts().stream()
                .filter(d -> layer.subtree(d.code()).stream().anyMatch(scope::canRead))
                .map(d -> new DistrictView(d.code(), d.name(), Math.round(layer.areaKm2(d.code()) * 1e3) / 1e3))
                .toList();
        return new CityView(city.code(), city.name(), districts);
    }
}
