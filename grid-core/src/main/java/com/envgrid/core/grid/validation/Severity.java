package com.envgrid.core.grid.validation;

/** An ERROR keeps a layer from being accepted; a WARNING is reported and accepted. */
public enum Severity {
    ERROR, WARNING
}
