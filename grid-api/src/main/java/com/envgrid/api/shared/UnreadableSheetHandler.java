package com.envgrid.api.shared;

import com.envgrid.core.sheet.UnreadableSheet;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A spreadsheet that cannot be opened — damaged, not a workbook, protected by a password, no sheet of the name
 * asked for, too large — is a 400 with the reason's {@code sheet.*} code: the file is the problem, not a row of it.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class UnreadableSheetHandler implements ExceptionHandler<UnreadableSheet, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UnreadableSheet e) {
        return Problem.response(HttpStatus.BAD_REQUEST, e.code(), e.params(), e.getMessage(), request, null);
    }
}
