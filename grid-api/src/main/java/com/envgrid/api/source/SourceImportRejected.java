package com.envgrid.api.source;

/** A directory import with bad rows, not asked to skip them: nothing was written. */
class SourceImportRejected extends RuntimeException {
    private final ImportReport report;

    SourceImportRejected(ImportReport report) {
        super(report.bad() + " bad row(s); nothing was imported (send skipBad=true to import the good rows only)");
        this.report = report;
    }

    ImportReport report() {
        return report;
    }
}
