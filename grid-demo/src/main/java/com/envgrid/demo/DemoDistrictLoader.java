package com.envgrid.demo;

import com.envgrid.api.city.Cities;
import com.envgrid.api.grid.GridImport;
import com.envgrid.api.grid.ImportRequest;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.Actor;
import com.envgrid.core.grid.geojson.PropertyMapping;
import com.envgrid.demo.synthetic.SyntheticDistrict;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Loads the generated demo city — 清源区 and 东澜区 of 澄川市 (320200) — when the platform starts with an empty grid
 * layer, through the same import as any file, so that a newcomer sees a map at once. On by default only with the
 * embedded database.
 */
@Singleton
@Requires(property = DemoSwitches.ENABLED, value = "true")
class DemoDistrictLoader implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDistrictLoader.class);
    private static final String CITY_CODE = "320200";
    private static final String CITY_NAME = "澄川市";
    private final LiveGridLayer live;
    private final GridImport gridImport;
    private final Cities cities;
    private final Clock clock;

    DemoDistrictLoader(LiveGridLayer live, GridImport gridImport, Cities cities, Clock clock) {
        this.live = live;
        this.gridImport = gridImport;
        this.cities = cities;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (live.layer().isEmpty()) {
            long started = System.nanoTime();
            byte[] demo = SyntheticDistrict.demoCityGeoJson().getBytes(StandardCharsets.UTF_8);
            var outcome = gridImport.run(Actor.SYSTEM, clock.instant(), demo,
                    new ImportRequest(PropertyMapping.DEFAULT, false, true, false, true, null));
            cities.set(Actor.SYSTEM, clock.instant(), CITY_CODE, CITY_NAME, live.layer().districts());
            LOG.info("Loaded the demo city in {} ms: {} districts, {} grids, {} findings",
                    (System.nanoTime() - started) / 1_000_000, live.layer().districts().size(),
                    outcome.grids().total(), outcome.report().findings().size());
        }
    }

    /** Before anything that builds on the grids. */
    @Override
    public int getOrder() {
        return 0;
    }
}
