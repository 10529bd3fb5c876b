package com.envgrid.core.inspection;

/**
 * One point an inspector checks, phrased as the statement that holds when all is in order ("排污许可证在有效期内"):
 * a stable key the answers refer to, the Chinese wording shown by default and the English one.
 */
public record ChecklistItem(String key, String zh, String en) {
}
