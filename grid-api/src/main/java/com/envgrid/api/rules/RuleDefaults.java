package com.envgrid.api.rules;

import com.envgrid.core.rules.RuleItem;

import java.util.Map;

/**
 * Defaults of rule items from the deployment's configuration (such as {@code envgrid.cases.*}): the city's rules
 * where the city's administrators set none. Items no bean gives have their built-in defaults.
 */
public interface RuleDefaults {
    Map<RuleItem, Object> ruleDefaults();
}
