package com.envgrid.api.people;

/** A request body that is about one grid. */
public interface GridTarget {
    String gridCode();
}
