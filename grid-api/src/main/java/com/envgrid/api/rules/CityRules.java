package com.envgrid.api.rules;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.calendar.HolidayCalendars;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.Actor;
import com.envgrid.core.accountability.AccountabilityRule;
import com.envgrid.core.complaint.WorkingDays;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.grading.GradingRule;
import com.envgrid.core.radiation.RadiationFrequencies;
import com.envgrid.core.review.ReviewWeights;
import com.envgrid.core.rules.DistrictRules;
import com.envgrid.core.rules.RuleBook;
import com.envgrid.core.rules.RuleItem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place the rules in force are asked for: a district's own value of each {@link RuleItem} where it set one,
 * else the city's, else the default (built in, or configured through a {@link RuleDefaults}); holiday calendars
 * likewise per year ({@link HolidayCalendars}). Whoever applies a rule to a grid asks for the rules of the grid's
 * district ({@link #ofGrid}); lists ask once for the {@link #book()} and look each grid up in it. Read from
 * PostgreSQL on each use, so that every node of a deployment applies what an administrator set.
 */
@Singleton
public class CityRules {
    private final RuleRows rows;
    private final RuleValues values;
    private final HolidayCalendars calendars;
    private final LiveGridLayer layer;
    private final Audit audit;
    private final Map<RuleItem, Object> defaults;

    CityRules(RuleRows rows, RuleValues values, HolidayCalendars calendars, LiveGridLayer layer, Audit audit,
              List<RuleDefaults> configured) {
        this.rows = rows;
        this.values = values;
        this.calendars = calendars;
        this.layer = layer;
        this.audit = audit;
        Map<RuleItem, Object> defaults = new EnumMap<>(RuleItem.class);
        defaults.put(RuleItem.INSPECTION_RULES, InspectionRules.DEFAULT);
        defaults.put(RuleItem.REVIEW_WEIGHTS, ReviewWeights.DEFAULT);
        defaults.put(RuleItem.CREDIT_GRADING, GradingRule.DEFAULT);
        defaults.put(RuleItem.RADIATION_FREQUENCIES, RadiationFrequencies.DEFAULT);
        defaults.put(RuleItem.ACCOUNTABILITY, AccountabilityRule.DEFAULT);
        configured.forEach(c -> defaults.putAll(c.ruleDefaults()));
        this.defaults = Map.copyOf(defaults);
        DistrictRules.defaults(this.defaults, WorkingDays.WEEKENDS_ONLY); // every item has a default, or no start
    }

    /** The rules of the city and of every district now. */
    public RuleBook book() {
        Map<String, Map<RuleItem, Object>> stored = new HashMap<>();
        for (RuleRows.StoredRule r : rows.stored()) {
            RuleItem item = RuleItem.parse(r.item()).orElseThrow();
            stored.computeIfAbsent(r.districtCode() == null ? "" : r.districtCode(), d -> new EnumMap<>(RuleItem.class))
                    .put(item, values.read(item, r.value(), defaults.get(item)));
        }
        HolidayCalendars.Calendars calendars = this.calendars.calendars();
        DistrictRules city = DistrictRules.defaults(defaults, WorkingDays.WEEKENDS_ONLY)
                .overriddenBy(DistrictRules.Origin.CITY, stored.getOrDefault("", Map.of()), calendars.city());
        stored.remove("");
        return new RuleBook(city, stored, calendars.districts(), layer.layer());
    }

    /** The rules of the district a grid lies in (null, or a grid in no district: the city's). */
    public DistrictRules ofGrid(String gridCode) {
        return book().ofGrid(gridCode);
    }

    /** The rules of a district (null: the city's). */
    public DistrictRules ofDistrict(String districtCode) {
        return book().ofDistrict(districtCode);
    }

    /** Whether the city or any district saved inspection rules of its own; until then the defaults apply. */
    public boolean inspectionRulesSaved() {
        return rows.stored().stream().anyMatch(r -> r.item().equals(RuleItem.INSPECTION_RULES.key()));
    }

    /**
     * Sets an item of a district (null: the city) from the JSON an administrator sent, audited; complaint deadlines
     * given for some categories keep the others' current limits.
     *
     * @throws com.envgrid.core.input.InvalidInput naming the field that cannot be used
     */
    @Transactional
    public DistrictRules set(Actor actor, Instant at, String district, RuleItem item, byte[] body) {
        return set(actor, at, district, item, values.read(item, body, ofDistrict(district).value(item)));
    }

    /**
     * Sets an item of a district (null: the city) to a value of the item's type, audited.
     *
     * @throws IllegalArgumentException for a value of another type
     */
    @Transactional
    public DistrictRules set(Actor actor, Instant at, String district, RuleItem item, Object value) {
        if (!item.type().isInstance(value)) {
            throw new IllegalArgumentException(item.key() + " needs a " + item.type().getSimpleName());
        }
        Object before = ofDistrict(district).value(item);
        rows.save(district, item.key(), values.write(item, value), at, actor.personId());
        audit.record(actor, at, "update", "rule_setting", auditId(district, item), values.view(item, before),
                values.view(item, value));
        return ofDistrict(district);
    }

    /**
     * Removes what a district (null: the city) set for an item, audited: it inherits the city's value again (the
     * city, the default). Nothing set is no change.
     */
    @Transactional
    public DistrictRules reset(Actor actor, Instant at, String district, RuleItem item) {
        Object before = ofDistrict(district).value(item);
        if (rows.remove(district, item.key()) > 0) {
            audit.record(actor, at, "reset", "rule_setting", auditId(district, item), values.view(item, before),
                    values.view(item, ofDistrict(district).value(item)));
        }
        return ofDistrict(district);
    }

    /** The value of an item as the API shows it. */
    public Object view(RuleItem item, Object value) {
        return values.view(item, value);
    }

    private static String auditId(String district, RuleItem item) {
        return (district == null ? "city" : district) + "/" + item.key();
    }
}
