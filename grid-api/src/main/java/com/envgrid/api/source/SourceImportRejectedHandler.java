package com.envgrid.api.source;

import com.envgrid.api.shared.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

/** A rejected directory import is a 422 problem carrying the report: every bad row, line, column and why. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class SourceImportRejectedHandler implements ExceptionHandler<SourceImportRejected, HttpResponse<SourceImportRejectedHandler.Rejection>> {
    @Serdeable
    record Rejection(String type, String title, int status, String detail, String instance, String code,
                     ImportReport report) {
    }

    @Override
    public HttpResponse<Rejection> handle(HttpRequest request, SourceImportRejected e) {
        return HttpResponse.<Rejection>status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(Problem.MEDIA_TYPE)
                .body(new Rejection("about:blank", "Directory import rejected", 422, e.getMessage(), request.getPath(),
                        SourceCode.IMPORT_REJECTED.code(), e.report()));
    }
}
