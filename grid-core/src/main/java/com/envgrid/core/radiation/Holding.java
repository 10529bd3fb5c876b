package com.envgrid.core.radiation;

import com.envgrid.core.input.Vocabulary;

import java.util.Arrays;
import java.util.List;

/** What a holder keeps under its licence: sealed radioactive sources, class I–V, or ray devices, class I–III. */
public enum Holding {
    SEALED_SOURCE("放射源", RadiationClass.V),
    RAY_DEVICE("射线装置", RadiationClass.III);

    private final String chineseName;
    private final RadiationClass lowest;

    Holding(String chineseName, RadiationClass lowest) {
        this.chineseName = chineseName;
        this.lowest = lowest;
    }

    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseName;
    }

    /** The classes this kind has, most dangerous first: I–V for sources, I–III for devices. */
    public List<RadiationClass> classes() {
        return Arrays.stream(RadiationClass.values()).filter(c -> c.compareTo(lowest) <= 0).toList();
    }

    public boolean admits(RadiationClass radiationClass) {
        return radiationClass != null && radiationClass.compareTo(lowest) <= 0;
    }
}
