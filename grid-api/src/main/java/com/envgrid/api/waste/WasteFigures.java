package com.envgrid.api.waste;

import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.waste.Disposal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The safe-disposal figures of a year ({@link Disposal}) per generator, per grid of a tier, per district and for the
 * city: a grid's are the sums of the generators inside it, so a parent's are the sums of its children's. Only what
 * the caller may read is listed: generators and grids in its grids, the city's row for the city's staff alone.
 */
@Singleton
class WasteFigures {
    /** The levels asked for by name: a generator, a tier of grids (0 the districts), the city. */
    enum Level {
        ENTERPRISE, DISTRICT, FIRST, SECOND, THIRD, CITY;

        static Optional<Level> parse(String text) {
            for (Level level : values()) {
                if (level.name().equalsIgnoreCase(text)) {
                    return Optional.of(level);
                }
            }
            return Optional.empty();
        }

        int tier() {
            return ordinal() - 1;
        }
    }

    /** One row: what it is (a generator's or grid's code and name, the city's {@code city}), its grid, its figures. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Row(String level, String code, String name, @Nullable String grid, int generators,
               BigDecimal generated, BigDecimal transferredLicensed, BigDecimal transferredUnlicensed,
               BigDecimal stored, @Nullable BigDecimal rate) {
    }

    private final Generators generators;
    private final SupervisedObjects objects;
    private final LiveGridLayer layer;

    WasteFigures(Generators generators, SupervisedObjects objects, LiveGridLayer layer) {
        this.generators = generators;
        this.objects = objects;
        this.layer = layer;
    }

    List<Row> rows(Level level, int year, LocalDate today, GridScope scope) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31).isBefore(today) ? LocalDate.of(year, 12, 31) : today;
        Map<String, SupervisedObjects.Source> sources = objects.located().stream()
                .collect(Collectors.toMap(SupervisedObjects.Source::code, Function.identity()));
        GridLayer grids = layer.layer();
        List<Row> enterprises = new ArrayList<>();
        Map<String, Disposal> byGrid = new HashMap<>();
        Map<String, Integer> generatorsByGrid = new HashMap<>();
        Disposal city = Disposal.NONE;
        int cityGenerators = 0;
        for (Generators.Records r : generators.all()) {
            Disposal d = r.disposal(from, to);
            SupervisedObjects.Source source = sources.get(r.code());
            if (scope.canRead(r.gridCode())) {
                enterprises.add(row(Level.ENTERPRISE, r.code(), source.name(), r.gridCode(), 1, d));
            }
            for (String grid : withAncestors(grids, r.gridCode())) {
                byGrid.merge(grid, d, Disposal::plus);
                generatorsByGrid.merge(grid, 1, Integer::sum);
            }
            city = city.plus(d);
            cityGenerators++;
        }
        return switch (level) {
            case ENTERPRISE -> enterprises;
            case CITY -> scope.readsEverything()
                    ? List.of(row(Level.CITY, "city", "全市", null, cityGenerators, city)) : List.of();
            default -> grids.tier(level.tier()).stream().filter(g -> scope.canRead(g.code()))
                    .sorted(Comparator.comparing(Grid::code))
                    .map(g -> row(level, g.code(), g.name(), g.code(), generatorsByGrid.getOrDefault(g.code(), 0),
                            byGrid.getOrDefault(g.code(), Disposal.NONE)))
                    .toList();
        };
    }

    /** The grid and every grid above it up to its district. */
    private static List<String> withAncestors(GridLayer grids, String code) {
        List<String> chain = new ArrayList<>();
        Optional<Grid> grid = grids.find(code);
        while (grid.isPresent()) {
            chain.add(grid.get().code());
            Optional<Grid> up = grids.parent(grid.get());
            if (up.isEmpty() && grid.get().level() != GridLevel.DISTRICT) {
                up = grids.districtOf(grid.get().code()).filter(d -> !chain.contains(d.code()));
            }
            grid = up;
        }
        return chain;
    }

    private static Row row(Level level, String code, String name, String grid, int generators, Disposal d) {
        return new Row(level.name().toLowerCase(Locale.ROOT), code, name, grid, generators, d.generated(),
                d.transferredLicensed(), d.transferredUnlicensed(), d.stored(), d.rate().orElse(null));
    }
}
