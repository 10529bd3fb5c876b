package com.envgrid.demo;

import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.source.Directory;
import com.envgrid.core.access.Actor;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.source.CreditCode;
import com.envgrid.core.source.CreditRating;
import com.envgrid.core.source.OperatingStatus;
import com.envgrid.core.source.PointSource;
import com.envgrid.core.source.ProtectionZone;
import com.envgrid.core.source.RiverSegment;
import com.envgrid.core.source.SourceKind;
import com.envgrid.core.source.ZoneLevel;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated directory for the demo district, on a start with an empty directory: about 60 sources of every
 * rating and kind spread over the district, two river segments with their river chiefs and one drinking-water
 * protection zone. Deterministic (fixed seed), loaded through the same directory code as an import.
 */
@Singleton
@Requires(property = DemoSwitches.ENABLED, value = "true")
class DemoDirectory implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDirectory.class);
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] FIRMS = {"清源", "鸿运", "梅村", "锡能", "华泰", "新吴", "太湖", "金利", "永盛", "恒达",
            "东方", "瑞丰", "宏图", "天成", "嘉诚"};
    private static final String[][] INDUSTRIES = {{"化工", "精细化工有限公司"}, {"印染", "印染有限公司"},
            {"电镀", "表面处理有限公司"}, {"机械", "机械制造有限公司"}, {"食品", "食品有限公司"}, {"电子", "电子科技有限公司"},
            {"建材", "新型建材有限公司"}};
    static final int SOURCES = 60;

    private final Directory directory;
    private final LiveGridLayer layer;
    private final Clock clock;

    DemoDirectory(Directory directory, LiveGridLayer layer, Clock clock) {
        this.directory = directory;
        this.layer = layer;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        // the demo's sources, rivers and zones lie in its first district (清源区)
        var district = layer.layer().districts().stream().findFirst();
        if (district.isEmpty() || !directory.isEmpty()) {
            return;
        }
        Geometry area = district.get().geometry();
        SplittableRandom random = new SplittableRandom(320214);
        Instant now = clock.instant();
        directory.write(Actor.SYSTEM, now, sources(area, random));
        List<RiverSegment> rivers = rivers(area);
        directory.saveRivers(Actor.SYSTEM, now, rivers);
        directory.saveZones(Actor.SYSTEM, now, List.of(zone(rivers.get(0).geometry())));
        LOG.info("Loaded the demo directory: {} sources, {} river segments, 1 protection zone", SOURCES, rivers.size());
    }

    private List<PointSource> sources(Geometry area, SplittableRandom random) {
        Envelope box = area.getEnvelopeInternal();
        List<PointSource> result = new ArrayList<>();
        while (result.size() < SOURCES) {
            double lon = box.getMinX() + random.nextDouble() * box.getWidth();
            double lat = box.getMinY() + random.nextDouble() * box.getHeight();
            var chain = layer.locator().locate(lon, lat).chain();
            if (chain.size() < 3) {
                continue; // only where a second-level grid covers the point
            }
            int n = result.size();
            double r = random.nextDouble();
            CreditRating rating = r < 0.3 ? CreditRating.A : r < 0.65 ? CreditRating.B : r < 0.9 ? CreditRating.C
                    : CreditRating.D;
            boolean key = random.nextDouble() < 0.15;
            String firm = FIRMS[random.nextInt(FIRMS.length)];
            lon = Math.round(lon * 1e6) / 1e6;
            lat = Math.round(lat * 1e6) / 1e6;
            if (n % 8 == 7) {
                String name = chain.get(0).name() + firm + "建设项目工地";
                result.add(new PointSource("JZ-" + (1001 + n), SourceKind.CONSTRUCTION_SITE, name, null, "建筑施工",
                        chain.get(1).name(), lon, lat, false, rating, OperatingStatus.OPERATING));
            } else {
                String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
                String code = creditCode(random);
                result.add(new PointSource(code, SourceKind.ENTERPRISE, firm + industry[1] + (n + 1) + "厂",
                        code, industry[0], chain.get(1).name() + chain.get(0).name(), lon, lat, key, rating,
                        n % 20 == 19 ? OperatingStatus.SUSPENDED : OperatingStatus.OPERATING));
            }
        }
        return result;
    }

    private static String creditCode(SplittableRandom random) {
        StringBuilder code = new StringBuilder("91320214");
        while (code.length() < 17) {
            code.append(CHARSET.charAt(random.nextInt(CHARSET.length())));
        }
        return CreditCode.withCheckCharacter(code.toString());
    }

    /** Two rivers crossing the district from west to east, meandering. */
    private static List<RiverSegment> rivers(Geometry area) {
        Envelope box = area.getEnvelopeInternal();
        List<RiverSegment> rivers = new ArrayList<>();
        String[][] names = {{"R-01", "望虞河", "刘建华"}, {"R-02", "伯渎港", "周晓梅"}};
        for (int r = 0; r < 2; r++) {
            double baseLat = box.getMinY() + box.getHeight() * (r == 0 ? 0.38 : 0.68);
            List<Coordinate> course = new ArrayList<>();
            for (int i = 0; i <= 60; i++) {
                double t = i / 60.0;
                course.add(new Coordinate(box.getMinX() - 0.01 + t * (box.getWidth() + 0.02),
                        baseLat + 0.008 * Math.sin(t * Math.PI * (3 + r)) + 0.003 * Math.sin(t * 17)));
            }
            GeometryFactory f = GridFeatureReader.GEOMETRY;
            Geometry inside = f.createLineString(course.toArray(Coordinate[]::new)).intersection(area);
            rivers.add(new RiverSegment(names[r][0], names[r][1], names[r][2], inside));
        }
        return rivers;
    }

    /** A first-level protection zone around the middle of a river's course. */
    private static ProtectionZone zone(Geometry river) {
        Coordinate middle = river.getGeometryN(0).getCoordinates()[river.getGeometryN(0).getNumPoints() / 2];
        Geometry circle = GridFeatureReader.GEOMETRY.createPoint(middle).buffer(0.006, 16);
        return new ProtectionZone("Z-01", "望虞河饮用水水源保护区", ZoneLevel.FIRST, circle);
    }

    /** After the demo grids (0) and accounts (10). */
    @Override
    public int getOrder() {
        return 20;
    }

}
