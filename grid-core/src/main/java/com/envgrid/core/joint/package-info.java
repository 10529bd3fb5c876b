/**
 * Joint inspections by several departments (部门联合督查): who is on a campaign's team and who records a finding under
 * which department — the rules, without storage.
 */
package com.envgrid.core.joint;
