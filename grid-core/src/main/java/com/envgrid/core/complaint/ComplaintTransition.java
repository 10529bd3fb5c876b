package com.envgrid.core.complaint;

/**
 * An allowed move of a complaint: from one state, by an action, to another, with its text — the reply, or the
 * reason — stripped, null when none. The caller records it with who took it and when.
 */
public record ComplaintTransition(ComplaintState from, String action, ComplaintState to, String text) {
}
