package com.envgrid.core.emergency;

import java.util.Arrays;
import java.util.Optional;

/** What an environmental emergency (突发环境事件) pollutes or threatens. */
public enum EmergencyType {
    WATER("water", "水"),
    AIR("air", "大气"),
    SOIL("soil", "土壤"),
    HAZARDOUS_CHEMICALS("hazardous_chemicals", "危险化学品"),
    RADIATION("radiation", "辐射");

    private final String key;
    private final String chineseName;

    EmergencyType(String key, String chineseName) {
        this.key = key;
        this.chineseName = chineseName;
    }

    public String key() {
        return key;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<EmergencyType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
