package com.envgrid.api.city;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.Actor;
import com.envgrid.core.grid.City;
import com.envgrid.core.grid.DivisionCode;
import com.envgrid.core.grid.Grid;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The city record in PostgreSQL: read by everyone's pages, set by a city administrator, every change audited. */
@Singleton
public class Cities {
    private final CityRows rows;
    private final Audit audit;
    private final LiveGridLayer live;

    Cities(CityRows rows, Audit audit, LiveGridLayer live) {
        this.rows = rows;
        this.audit = audit;
        this.live = live;
    }

    /**
     * The city's name as titles of tables and files show it: its own once set, else its districts' names — in an
     * install of one district, that district's.
     */
    public String title() {
        String name = city().name();
        return name != null ? name
                : live.layer().districts().stream().map(Grid::name).collect(Collectors.joining("、"));
    }

    /**
     * The city's GB/T 2260 code: the one stored, else the city every district's code lies in (320214 and 320215 →
     * 320200); empty when neither gives one.
     */
    @Transactional(readOnly = true)
    public Optional<String> code() {
        String stored = city().code();
        if (stored != null) {
            return Optional.of(stored);
        }
        Set<Optional<String>> derived = live.layer().districts().stream().map(d -> DivisionCode.cityOf(d.code()))
                .collect(Collectors.toSet());
        return derived.size() == 1 ? derived.iterator().next() : Optional.empty();
    }

    /** The city as stored; code and name null where unknown. */
    @Transactional(readOnly = true)
    public City city() {
        return rows.findById(CityRow.ONLY).map(r -> new City(r.code(), r.name())).orElse(new City(null, null));
    }

    /** Sets the city's code and name as {@code actor} sent them at {@code at}, checked against the {@code districts}. */
    @Transactional
    public City set(Actor actor, Instant at, String code, String name, Collection<Grid> districts) {
        City city = City.read(code, name, districts);
        City before = city();
        rows.update(new CityRow(CityRow.ONLY, city.code(), city.name(), at));
        audit.record(actor, at, "update", "city", city.code(), fields(before), fields(city));
        return city;
    }

    private static Map<String, Object> fields(City city) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", city.code());
        fields.put("name", city.name());
        return fields;
    }
}
