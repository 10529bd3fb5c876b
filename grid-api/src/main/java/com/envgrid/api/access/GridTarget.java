package com.envgrid.api.access;

/** A request body that is about one grid. */
public interface GridTarget {
    String gridCode();
}
