package com.envgrid.api.shared;

/** The request clashes with the current state (a duplicate, a concurrent change): a 409 problem. */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
