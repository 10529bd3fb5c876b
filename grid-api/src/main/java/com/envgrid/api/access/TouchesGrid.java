package com.envgrid.api.access;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which grid an endpoint touches and how, so that the signed-in person's {@link AccessScopes scope} is
 * checked before the method runs: a 403 problem if the grid is outside it. {@link #value} names the argument that
 * identifies the grid — a grid code, a {@link GridTarget}, or anything the {@link #via} resolver maps to a code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
@Type(TouchesGridInterceptor.class)
public @interface TouchesGrid {
    /** The name of the argument identifying the grid. */
    String value();

    Access access() default Access.READ;

    /** Maps the argument to a grid code; by default the argument is the code or a {@link GridTarget}. */
    Class<? extends GridOf> via() default GridOf.Direct.class;

    enum Access { READ, WRITE }
}
