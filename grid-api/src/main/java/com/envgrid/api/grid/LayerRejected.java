package com.envgrid.api.grid;

/** An import whose resulting layer has validation errors; nothing of it was written. */
class LayerRejected extends RuntimeException {
    private final ImportOutcome outcome;

    LayerRejected(ImportOutcome outcome) {
        super(outcome.report().errors().size() + " validation error(s); nothing was imported");
        this.outcome = outcome;
    }

    ImportOutcome outcome() {
        return outcome;
    }
}
