/**
 * The directory of supervised objects (监管对象): point sources — enterprises, construction sites and other
 * pollution sources, each with its credit rating —, river segments under the river-chief system and drinking-water
 * source protection zones; and the bulk import of point sources from Excel workbooks and the CSV files Chinese spreadsheets export
 * ({@link com.envgrid.core.source.SourceSheetReader}) and from GeoJSON ({@link com.envgrid.core.source.SourceGeoJsonReader}).
 */
package com.envgrid.core.source;
