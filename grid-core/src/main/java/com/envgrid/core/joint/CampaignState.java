package com.envgrid.core.joint;

import java.util.Optional;

/** Whether a campaign is under way (进行中: team, targets and findings may still change) or closed (已结束). */
public enum CampaignState {
    OPEN("进行中"),
    CLOSED("已结束");

    private final String chineseName;

    CampaignState(String chineseName) {
        this.chineseName = chineseName;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String chineseName() {
        return chineseName;
    }

    /** Reads {@code open} or {@code closed} (any case) or the Chinese name. */
    public static Optional<CampaignState> parse(String text) {
        for (CampaignState state : values()) {
            if (state.key().equalsIgnoreCase(text) || state.chineseName.equals(text)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
