package com.envgrid.demo;

/** The settings that turn the demo on. */
public final class DemoSwitches {
    /**
     * Load the demo district, its directory and accounts into an empty platform ({@code ENVGRID_DEMO_ENABLED}):
     * on by default when {@link DemoApplication} starts the embedded database, off otherwise.
     */
    public static final String ENABLED = "envgrid.demo.enabled";
    /** With the demo district, record its year of activity ({@code ENVGRID_DEMO_ACTIVITY}, default true). */
    public static final String ACTIVITY = "envgrid.demo.activity";

    private DemoSwitches() {
    }
}
