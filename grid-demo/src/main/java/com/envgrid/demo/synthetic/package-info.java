/**
 * Synthetic grid layers as GeoJSON: the demo district the platform loads on first start, and benchmark layers of
 * any size. Both are exact coverages built from lattices whose shared vertices are computed once, so neighbouring
 * grids always have identical edges. Entry point: {@link com.envgrid.demo.synthetic.SyntheticDistrict}.
 */
package com.envgrid.demo.synthetic;
