package com.envgrid.api.people;

/** A roster with bad rows sent to be imported: nothing was written. */
class RosterRejected extends RuntimeException {
    private final RosterReport report;

    RosterRejected(RosterReport report) {
        super(report.problems().size() + " problem(s) in " + report.bad() + " row(s); nobody was imported");
        this.report = report;
    }

    RosterReport report() {
        return report;
    }
}
