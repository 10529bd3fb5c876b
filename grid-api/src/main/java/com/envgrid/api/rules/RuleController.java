package com.envgrid.api.rules;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.RuleDistricts;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.rules.DistrictRules;
import com.envgrid.core.rules.RuleItem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The rules of the city or of a district ({@code ?district=}, see {@link RuleDistricts}), every signed-in person may
 * read them: each item with its value in force and where it comes from. Administrators set an item — the city's
 * administrators the city's and any district's, a district's administrators their own district's — and reset it,
 * which inherits again. {@code /api/rules} is the inspection rules alone, as before districts.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RuleController {
    private final CityRules rules;
    private final RuleDistricts districts;
    private final AccessScopes scopes;
    private final JsonMapper json;
    private final Clock clock;

    RuleController(CityRules rules, RuleDistricts districts, AccessScopes scopes, JsonMapper json, Clock clock) {
        this.rules = rules;
        this.districts = districts;
        this.scopes = scopes;
        this.json = json;
        this.clock = clock;
    }

    /**
     * An item in force: its value, where it comes from ({@code default}, {@code city}, {@code district}) and
     * whether it is the asked district's (or, asked for the city, the city's) own — else inherited.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record ItemView(String item, JsonNode value, String source, boolean own) {
    }

    /** The rules of the city (district null) or of a district. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record RulesView(@Nullable String district, List<ItemView> items) {
    }

    @Get("/rule-settings")
    RulesView all(@Nullable @QueryValue String district) {
        String code = districts.named(district);
        DistrictRules inForce = rules.ofDistrict(code);
        return new RulesView(code, Arrays.stream(RuleItem.values()).map(i -> view(code, inForce, i)).toList());
    }

    @Get("/rule-settings/{item}")
    ItemView one(@PathVariable String item, @Nullable @QueryValue String district) {
        String code = districts.named(district);
        return view(code, rules.ofDistrict(code), item(item));
    }

    @Put(value = "/rule-settings/{item}", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    ItemView set(@PathVariable String item, @Nullable @QueryValue String district, @Body byte[] body) {
        RuleItem rule = item(item);
        var actor = scopes.actor();
        String code = districts.editable(actor.scope(), district);
        return view(code, rules.set(actor, clock.instant(), code, rule, body), rule);
    }

    @Delete("/rule-settings/{item}")
    @Secured("admin")
    ItemView reset(@PathVariable String item, @Nullable @QueryValue String district) {
        RuleItem rule = item(item);
        var actor = scopes.actor();
        String code = districts.editable(actor.scope(), district);
        return view(code, rules.reset(actor, clock.instant(), code, rule), rule);
    }

    @Get("/rules")
    InspectionRules inspectionRules(@Nullable @QueryValue String district) {
        return rules.ofDistrict(districts.named(district)).inspectionRules();
    }

    @Put(value = "/rules", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    InspectionRules setInspectionRules(@Nullable @QueryValue String district, @Body byte[] body) {
        var actor = scopes.actor();
        return rules.set(actor, clock.instant(), districts.editable(actor.scope(), district),
                RuleItem.INSPECTION_RULES, body).inspectionRules();
    }

    private ItemView view(String district, DistrictRules inForce, RuleItem item) {
        DistrictRules.Origin origin = inForce.origin(item);
        try {
            return new ItemView(item.key(), json.writeValueToTree(rules.view(item, inForce.value(item))),
                    origin.name().toLowerCase(Locale.ROOT),
                    origin == (district == null ? DistrictRules.Origin.CITY : DistrictRules.Origin.DISTRICT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuleItem item(String key) {
        return RuleItem.parse(key).orElseThrow(() -> new NotFound("no rule item " + key + "; the items are "
                + Arrays.stream(RuleItem.values()).map(RuleItem::key).toList()));
    }
}
