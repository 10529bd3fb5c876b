/**
 * Radiation (核与辐射, #17): the sealed radioactive sources (放射源, class I–V) and ray devices (射线装置, class I–III)
 * an enterprise holds, its radiation safety licence (辐射安全许可证) with the classes it permits and its expiry, and
 * how often a holder is inspected by the classes it holds ({@link com.envgrid.core.radiation.RadiationFrequencies}).
 */
package com.envgrid.core.radiation;
