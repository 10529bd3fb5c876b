/** The domain of the grid-based environmental supervision platform: plain Java and JTS, no framework. */
package com.envgrid.core;
