package com.envgrid.api.coverage;

import com.envgrid.api.ApiTestBase;
import com.envgrid.api.ForkDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The coverage of a quarter reads the inspections and complaints of that quarter's monthly partitions only: its
 * queries bound both by the period's times, which PostgreSQL prunes by. Started on 15 August 2026, the platform made
 * August to November; June and July are made here, so that the quarter's neighbours exist to be left out.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-08-15T02:00:00Z")
class CoveragePruningTest extends ApiTestBase {
    /** The third quarter of 2026 in the district, as the coverage asks for it. */
    private static final Map<String, String> Q3 = Map.of(
            "from", "TIMESTAMPTZ '2026-07-01 00:00+08'", "to", "TIMESTAMPTZ '2026-10-01 00:00+08'",
            "fromDay", "DATE '2026-07-01'", "toDay", "DATE '2026-10-01'", "today", "DATE '2026-08-15'",
            "zone", "'Asia/Shanghai'", "grids", "ARRAY['A1']", "overdueBefore", "DATE '2026-08-15'");
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):(\\w+)");
    private static final Pattern PARTITION = Pattern.compile("\\b(?:inspection|complaint)_(?:\\d{4}_\\d{2}|default)\\b");

    /** The partitions of inspection and complaint that PostgreSQL's plan of a coverage query reads. */
    private static Set<String> partitionsRead(String query) throws SQLException {
        Matcher parameter = PARAMETER.matcher(query);
        String bound = parameter.replaceAll(p -> Matcher.quoteReplacement(Q3.get(p.group(1))));
        Set<String> read = new TreeSet<>();
        try (Connection db = ForkDatabase.connect(); Statement s = db.createStatement();
             ResultSet plan = s.executeQuery("EXPLAIN " + bound)) {
            while (plan.next()) {
                PARTITION.matcher(plan.getString(1)).results().forEach(m -> read.add(m.group()));
            }
        }
        return read;
    }

    @Test
    void the_coverage_of_a_quarter_reads_only_the_quarters_partitions() throws SQLException {
        sql.text("SELECT month_partition('inspection', DATE '2026-06-01', 'Asia/Shanghai'),"
                + " month_partition('inspection', DATE '2026-07-01', 'Asia/Shanghai'),"
                + " month_partition('complaint', DATE '2026-06-01', 'Asia/Shanghai'),"
                + " month_partition('complaint', DATE '2026-07-01', 'Asia/Shanghai')");
        var inspections = Set.of("inspection_2026_07", "inspection_2026_08", "inspection_2026_09");
        var complaints = Set.of("complaint_2026_07", "complaint_2026_08", "complaint_2026_09");
        assertEquals(inspections, partitionsRead(CoverageQueries.INSPECTIONS + " GROUP BY i.grid_code"));
        assertEquals(inspections, partitionsRead(CoverageQueries.INSPECTIONS + " AND i.grid_code = ANY(:grids) GROUP BY i.grid_code"));
        assertEquals(inspections, partitionsRead(CoverageQueries.DUTIES_FROM + CoverageQueries.DUTIES_PER_GRID));
        assertEquals(complaints, partitionsRead(CoverageQueries.COMPLAINTS + " GROUP BY c.grid_code"));
    }
}
