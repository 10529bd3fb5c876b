package com.envgrid.api.waste;

import com.envgrid.api.shared.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

/** A manifest import with bad rows: nothing was written. A 422 problem carrying the report. */
class ManifestImportRejected extends RuntimeException {
    private final ManifestImportReport report;

    ManifestImportRejected(ManifestImportReport report) {
        super(report.bad() + " bad row(s); nothing was imported");
        this.report = report;
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    static class Handler implements ExceptionHandler<ManifestImportRejected, HttpResponse<Handler.Rejection>> {
        @Serdeable
        record Rejection(String type, String title, int status, String detail, String instance, String code,
                         ManifestImportReport report) {
        }

        @Override
        public HttpResponse<Rejection> handle(HttpRequest request, ManifestImportRejected e) {
            return HttpResponse.<Rejection>status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(Problem.MEDIA_TYPE)
                    .body(new Rejection("about:blank", "Manifest import rejected", 422, e.getMessage(),
                            request.getPath(), WasteProblem.IMPORT_REJECTED.code(), e.report));
        }
    }
}
