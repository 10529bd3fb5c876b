package com.envgrid.api.onboarding;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

/** The onboarding checklist for administrators: where the district stands and what to do next. */
@Controller("/api/onboarding")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
class OnboardingController {
    private final Onboarding onboarding;

    OnboardingController(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Get
    Checklist checklist() {
        return onboarding.checklist();
    }
}
