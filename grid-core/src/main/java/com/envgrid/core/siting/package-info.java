/**
 * Siting checks (环评选址核查, #18): a project's site against the drinking-water source protection zones, with the
 * verdict their class gives and the rules of the Water Pollution Prevention and Control Law that apply.
 */
package com.envgrid.core.siting;
