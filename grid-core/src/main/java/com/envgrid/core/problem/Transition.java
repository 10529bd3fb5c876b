package com.envgrid.core.problem;

/**
 * An allowed move of a case: from one state, by an action, to another, with the reason given (null when none). The
 * caller records it with who took it and when.
 */
public record Transition(CaseState from, String action, CaseState to, String reason) {
}
