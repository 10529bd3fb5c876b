package com.envgrid.api.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most bytes a route's request body may have, below the server's own limit; {@link InputScreen} counts the body
 * as received, so the limit holds for a chunked body (which has no Content-Length) as well.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {
    long value();
}
