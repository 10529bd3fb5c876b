package com.envgrid.api.duty;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.duty.Period;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Set;

/** Inspection rules, duty generation for a period, and the duty lists. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DutyController {
    private static final Set<String> STATUSES = Set.of("open", "done", "overdue");
    private final Duties duties;
    private final Rules rules;

    DutyController(Duties duties, Rules rules) {
        this.duties = duties;
        this.rules = rules;
    }

    @Get("/rules")
    InspectionRules rules() {
        return rules.current();
    }

    @Put(value = "/rules", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    InspectionRules saveRules(@Body byte[] body) {
        return rules.save(body);
    }

    @Post("/duties/generate")
    @Secured("admin")
    GenerationReport generate(@QueryValue String period) {
        return duties.generate(period(period));
    }

    @Get("/duties")
    List<DutyView> list(@QueryValue String period, @QueryValue(defaultValue = "false") boolean mine,
                        @Nullable @QueryValue String grid, @Nullable @QueryValue String status, Authentication who) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidParameter("status", "status is open, done or overdue");
        }
        return duties.list(period(period), mine, Audit.personId(who), grid, status);
    }

    private static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidParameter("period", e.getMessage());
        }
    }
}
