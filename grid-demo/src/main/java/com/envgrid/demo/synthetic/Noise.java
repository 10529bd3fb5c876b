package com.envgrid.demo.synthetic;

/**
 * Deterministic pseudo-randomness as pure functions of a seed and integer keys.
 * <p>
 * Every value is a function of its inputs only (SplitMix64 finalizer, IEEE arithmetic, {@link StrictMath}),
 * never of call order or platform, so that a shared lattice vertex or a shared edge gets the same
 * coordinates whichever grid asks for it, and a fixed seed always gives the same bytes.
 */
final class Noise {

  private Noise() {
  }

  /** The SplitMix64 finalizer: a bijective 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A hash of a seed and up to three integer keys. */
  static long hash(long seed, long a, long b, long c) {
    long h = mix(seed + 0x9E3779B97F4A7C15L);
    h = mix(h ^ (a * 0xD1B54A32D192ED03L));
    h = mix(h ^ (b * 0xABC98388FB8FAC03L));
    return mix(h ^ (c * 0x8CB92BA72F3D8DD7L));
  }

  /** A uniform value in [0, 1) taken from the high bits of a hash. */
  static double unit(long hash) {
    return (hash >>> 11) * 0x1.0p-53;
  }

  /** A uniform value in [-1, 1) taken from a hash. */
  static double signed(long hash) {
    return 2.0 * unit(hash) - 1.0;
  }

  /**
   * Smooth value noise in [-1, 1]: random values on the integer lattice, blended with a quintic fade,
   * so that it is continuous with a continuous gradient.
   */
  static double value(long seed, double x, double y) {
    double fx = Math.floor(x);
    double fy = Math.floor(y);
    long ix = (long) fx;
    long iy = (long) fy;
    double tx = fade(x - fx);
    double ty = fade(y - fy);
    double v00 = signed(hash(seed, ix, iy, 0));
    double v10 = signed(hash(seed, ix + 1, iy, 0));
    double v01 = signed(hash(seed, ix, iy + 1, 0));
    double v11 = signed(hash(seed, ix + 1, iy + 1, 0));
    double a = v00 + (v10 - v00) * tx;
    double b = v01 + (v11 - v01) * tx;
    return a + (b - a) * ty;
  }

  /** Fractal value noise: octaves at doubling frequency and halving amplitude, normalised to about [-1, 1]. */
  static double fractal(long seed, double x, double y, int octaves) {
    double sum = 0;
    double amplitude = 1;
    double norm = 0;
    double frequency = 1;
    for (int o = 0; o < octaves; o++) {
      sum += amplitude * value(seed + 7919L * o, x * frequency, y * frequency);
      norm += amplitude;
      amplitude *= 0.5;
      frequency *= 2.0;
    }
    return sum / norm;
  }

  private static double fade(double t) {
    return t * t * t * (t * (t * 6 - 15) + 10);
  }

  /** A sequence of draws from a seed, for choices made in a fixed order. */
  static final class Draws {
    private final long seed;
    private long counter;

    Draws(long seed) {
      this.seed = seed;
    }

    long nextLong() {
      return hash(seed, counter++, 0x5EED, 0);
    }

    double nextUnit() {
      return unit(nextLong());
    }

    /** A uniform int in [0, bound). */
    int nextInt(int bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive: " + bound);
      }
      return (int) Math.floorMod(nextLong(), (long) bound);
    }
  }
}
