package com.envgrid.api.grading;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/**
 * The public side of the credit grading, readable without login as the practice has it: the green (环保诚信) and red
 * (环保不良) enterprises of a year's published lists — never a proposal, a review or an appeal.
 */
@Controller("/api/public/grading")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicGradingController {
    private final CreditGrades grades;

    PublicGradingController(CreditGrades grades) {
        this.grades = grades;
    }

    @Get("/{year}")
    List<GradeViews.PublicLine> list(@PathVariable String year) {
        return grades.publicList(CreditGrades.year(year));
    }
}
