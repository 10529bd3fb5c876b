package com.envgrid.api.grid;

import com.envgrid.api.shared.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A rejected import is a 422 problem carrying the full validation report; see {@link GridJson#rejection}. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class LayerRejectedHandler implements ExceptionHandler<LayerRejected, HttpResponse<String>> {
    @Override
    public HttpResponse<String> handle(HttpRequest request, LayerRejected e) {
        return HttpResponse.<String>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .contentType(Problem.MEDIA_TYPE)
                .body(GridJson.rejection(request.getPath(), e));
    }
}
