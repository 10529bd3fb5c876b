/**
 * The quarterly review (季度点评): first-level grids ranked by a transparent, configurable score built from their
 * coverage figures ({@link com.envgrid.core.review.Review}), each grid's components shown beside its total, and its
 * rank change since the previous quarter ({@link com.envgrid.core.review.ReviewPeriod}).
 */
package com.envgrid.core.review;
