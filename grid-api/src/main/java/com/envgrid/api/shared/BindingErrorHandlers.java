package com.envgrid.api.shared;

import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A value of the wrong type — text where a number goes, a number too big for its field, a list where an object goes —
 * and a missing required value, as 400 problems that point at the field (JSON Pointer into the body, {@code ?name}
 * for a query value, the path variable's name) and say what it should be, in the API's words: the framework's own
 * messages name Java types and parser internals.
 */
final class BindingErrorHandlers {
    private BindingErrorHandlers() {
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static final class WrongType implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException e) {
            Argument<?> argument = e.getArgument();
            InputProblem problem;
            if (argument.isAnnotationPresent(Body.class)) {
                SerdeException serde = serdeCause(e.getConversionError().getCause());
                List<ReferencePath> path = serde == null ? List.of() : serde.getPath();
                Argument<?> field = path.isEmpty() ? argument : path.get(path.size() - 1).getArgument();
                problem = wrongType(pointer(path), field.getType());
            } else {
                problem = wrongType(where(argument), argument.getType());
            }
            return Problem.response(HttpStatus.BAD_REQUEST, "a value has the wrong type", request, List.of(problem));
        }
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    @Replaces(UnsatisfiedArgumentHandler.class)
    static final class Missing implements ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedArgumentException e) {
            Argument<?> argument = e.getArgument();
            InputProblem problem = argument.isAnnotationPresent(Body.class)
                    ? new InputProblem("", "a body is needed: " + expected(argument.getType()), InputCode.REQUIRED,
                    Map.of("expected", kind(argument.getType())))
                    : new InputProblem(where(argument), "a value is needed: " + expected(argument.getType()),
                    InputCode.REQUIRED, Map.of("expected", kind(argument.getType())));
            return Problem.response(HttpStatus.BAD_REQUEST, "a required value is missing", request, List.of(problem));
        }
    }

    private static InputProblem wrongType(String pointer, Class<?> type) {
        return new InputProblem(pointer, "expected " + expected(type), InputCode.WRONG_TYPE,
                Map.of("expected", kind(type)));
    }

    private static SerdeException serdeCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SerdeException serde) {
                return serde;
            }
        }
        return null;
    }

    /** The JSON Pointer of the path the deserializer reports; bodies name their members in snake_case. */
    private static String pointer(List<ReferencePath> path) {
        StringBuilder pointer = new StringBuilder();
        for (ReferencePath step : path) {
            String token = null;
            if (step instanceof PropertyReferencePath p) {
                token = snakeCase(p.property().getName());
            } else if (step instanceof CollectionItemReferencePath c) {
                token = String.valueOf(c.index());
            } else if (step instanceof MapItemReferencePath m) {
                token = m.key();
            }
            if (token != null) {
                pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** {@code ?name} for a query value, the variable's name for a path segment. */
    private static String where(Argument<?> argument) {
        String query = argument.getAnnotationMetadata().stringValue(QueryValue.class).orElse(null);
        if (argument.isAnnotationPresent(QueryValue.class)) {
            return "?" + (query == null || query.isEmpty() ? argument.getName() : query);
        }
        return argument.getAnnotationMetadata().stringValue(PathVariable.class).filter(s -> !s.isEmpty())
                .orElse(argument.getName());
    }

    /** A type's name among the params of {@link InputCode#WRONG_TYPE} and {@link InputCode#REQUIRED}. */
    static String kind(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "whole_number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (type == String.class || type.isEnum()) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "date_time";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        if (type.isArray() && type.getComponentType() == byte.class) {
            return "body";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "object";
    }

    /** A type in the words of a JSON or URL value. */
    static String expected(Class<?> type) {
        return switch (kind(type)) {
            case "boolean" -> "true or false";
            case "whole_number" -> "a whole number within range";
            case "number" -> "a number";
            case "text" -> "a text";
            case "date" -> "a date (YYYY-MM-DD)";
            case "date_time" -> "a date and time (ISO-8601 with an offset, such as 2026-03-05T09:30:00+08:00)";
            case "uuid" -> "a UUID";
            case "body" -> "a body";
            case "list" -> "a list";
            default -> "an object";
        };
    }
}
