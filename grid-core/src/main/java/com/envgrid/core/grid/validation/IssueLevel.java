package com.envgrid.core.grid.validation;

/**
 * How much a layer validation finding weighs (shown as its {@code severity}): an ERROR keeps a layer from being
 * accepted; a WARNING is reported and accepted. Not the severity of a problem found on inspection.
 */
public enum IssueLevel {
    ERROR, WARNING
}
