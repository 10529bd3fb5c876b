/**
 * Hazardous waste (危险废物): the National Hazardous Waste List's categories and codes ({@link
 * com.envgrid.core.waste.WasteList}), what a generator stores oldest lot first ({@link com.envgrid.core.waste.Stock}),
 * the safe-disposal figures ({@link com.envgrid.core.waste.Disposal}) and the checks that raise alerts: a
 * receiver's licence ({@link com.envgrid.core.waste.ReceiverLicence}) and the year's plan ({@link
 * com.envgrid.core.waste.PlanDeviation}).
 */
package com.envgrid.core.waste;
