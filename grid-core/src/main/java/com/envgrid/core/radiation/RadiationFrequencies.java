package com.envgrid.core.radiation;

import com.envgrid.core.duty.Frequency;

import java.util.Collection;
import java.util.Optional;

/**
 * How often a holder of radiation sources and devices is inspected, by class: the strictest frequency of the classes
 * it holds (in use or stored) applies, and the duty rules take the stricter of that and its rating's frequency.
 * A more dangerous class is never inspected less often than a lesser one of the same kind.
 * <p>
 * {@link #DEFAULT}: sources of class I and II and devices of class I monthly, class III sources and class II devices
 * quarterly, class IV and V sources and class III devices twice a year.
 */
public record RadiationFrequencies(Frequency sourceI, Frequency sourceII, Frequency sourceIII, Frequency sourceIV,
                                   Frequency sourceV, Frequency deviceI, Frequency deviceII, Frequency deviceIII) {
    public static final RadiationFrequencies DEFAULT = new RadiationFrequencies(Frequency.everyMonths(1),
            Frequency.everyMonths(1), Frequency.everyMonths(3), Frequency.everyMonths(6), Frequency.everyMonths(6),
            Frequency.everyMonths(1), Frequency.everyMonths(3), Frequency.everyMonths(6));

    /** One source or device a holder has: its kind and class. */
    public record Held(Holding holding, RadiationClass radiationClass) {
    }

    public RadiationFrequencies {
        Frequency[] sources = {sourceI, sourceII, sourceIII, sourceIV, sourceV};
        Frequency[] devices = {deviceI, deviceII, deviceIII};
        checked("source", sources);
        checked("device", devices);
    }

    private static void checked(String kind, Frequency[] byClass) {
        for (int i = 0; i < byClass.length; i++) {
            if (byClass[i] == null) {
                throw new IllegalArgumentException("radiation frequencies: " + kind + RadiationClass.values()[i]
                        + " is missing");
            }
            if (i > 0 && byClass[i].stricterThan(byClass[i - 1])) {
                throw new IllegalArgumentException("radiation frequencies: " + kind + RadiationClass.values()[i] + " ("
                        + byClass[i] + ") is more often than " + kind + RadiationClass.values()[i - 1] + " ("
                        + byClass[i - 1] + "); a more dangerous class is inspected at least as often");
            }
        }
    }

    /** The frequency of a class of sources or devices. */
    public Frequency of(Holding holding, RadiationClass radiationClass) {
        if (!holding.admits(radiationClass)) {
            throw new IllegalArgumentException(holding.key() + " has no class " + radiationClass);
        }
        return switch (holding) {
            case SEALED_SOURCE -> switch (radiationClass) {
                case I -> sourceI;
                case II -> sourceII;
                case III -> sourceIII;
                case IV -> sourceIV;
                case V -> sourceV;
            };
            case RAY_DEVICE -> switch (radiationClass) {
                case I -> deviceI;
                case II -> deviceII;
                default -> deviceIII;
            };
        };
    }

    /** The strictest frequency of what a holder has; empty when it has nothing. */
    public Optional<Frequency> strictest(Collection<Held> held) {
        Frequency strictest = null;
        for (Held h : held) {
            Frequency f = of(h.holding(), h.radiationClass());
            if (strictest == null || f.stricterThan(strictest)) {
                strictest = f;
            }
        }
        return Optional.ofNullable(strictest);
    }
}
