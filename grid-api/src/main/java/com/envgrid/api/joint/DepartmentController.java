package com.envgrid.api.joint;

import com.envgrid.api.access.AccessScopes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/** The departments of joint inspections: read by all staff, kept by the city's administrators. */
@Controller("/api/departments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DepartmentController {
    private static final String CITY_LIST = "the departments are the city's list, kept by its administrators";

    private final Departments departments;
    private final AccessScopes scopes;
    private final Clock clock;

    DepartmentController(Departments departments, AccessScopes scopes, Clock clock) {
        this.departments = departments;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Get
    List<JointViews.DepartmentView> list() {
        return departments.list();
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    HttpResponse<JointViews.DepartmentView> add(@Body JointRequests.DepartmentBody body) {
        scopes.requireCityAdministrator(CITY_LIST);
        Departments.Added added = departments.add(scopes.actor(), clock.instant(), body);
        return added.isNew()
                ? HttpResponse.created(added.department(), URI.create("/api/departments/" + added.department().code()))
                : HttpResponse.ok(added.department());
    }

    @Put(value = "/{code}", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    JointViews.DepartmentView rename(@PathVariable String code, @Body JointRequests.DepartmentBody body) {
        scopes.requireCityAdministrator(CITY_LIST);
        return departments.rename(scopes.actor(), clock.instant(), code, body);
    }

    @Post("/{code}/retire")
    @Secured("admin")
    JointViews.DepartmentView retire(@PathVariable String code) {
        scopes.requireCityAdministrator(CITY_LIST);
        return departments.retire(scopes.actor(), clock.instant(), code);
    }
}
