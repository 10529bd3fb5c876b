package com.envgrid.core.geo.feature;

/** The type of a feature's property, as GIS formats declare their columns. */
public enum FieldType {
    TEXT, INTEGER, REAL, BOOLEAN, DATE, DATETIME
}
