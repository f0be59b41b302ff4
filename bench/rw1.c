/*
 * RW1 baseline in scalar C (issue 7): 1,000 reps x 4 quarters x T trials of lognormal sales,
 * paid under the self-set scheme A and the haggled-quota scheme B on the same draws.
 * Prints one JSON line. Build: gcc -O3 -march=native -o rw1 rw1.c -lm
 * Usage: rw1 [--trials N] [--seed N]
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define REPS 1000
#define PERIODS 4
#define CELLS (REPS * PERIODS)
#define BINS 64
#define RATE 0.05
#define FIXED_PAY 1000.0
#define EXCESS_RATE 0.005
#define TOP_A 10.0
#define TOP_B 1024.0

static const double SEASON[PERIODS] = {0.81, 0.99, 0.99, 1.21};

/* xoshiro256** 1.0 (Blackman & Vigna, https://prng.di.unimi.it/xoshiro256starstar.c). */
static uint64_t state[4];

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t next64(void) {
  const uint64_t result = rotl(state[1] * 5, 7) * 9;
  const uint64_t t = state[1] << 17;
  state[2] ^= state[0];
  state[3] ^= state[1];
  state[1] ^= state[2];
  state[0] ^= state[3];
  state[2] ^= t;
  state[3] = rotl(state[3], 45);
  return result;
}

/* The authors' recommended seeding: splitmix64 expands one 64-bit seed into the state. */
static void seed_state(uint64_t seed) {
  for (int i = 0; i < 4; i++) {
    uint64_t z = (seed += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    state[i] = z ^ (z >> 31);
  }
}

static inline double uniform01(void) { return (double)(next64() >> 11) * 0x1.0p-53; }

/*
 * Ziggurat normal with 256 layers, in Doornik's form (ZIGNOR, "An Improved Ziggurat Method to
 * Generate Normal Random Samples", 2005): one 64-bit output gives the layer (low 8 bits) and
 * an independent signed uniform (high 53 bits). R and V are Marsaglia & Tsang's (2000).
 */
#define ZIG_LAYERS 256
#define ZIG_R 3.6541528853610088
#define ZIG_V 0.00492867323399

static double zig_x[ZIG_LAYERS + 1];
static double zig_ratio[ZIG_LAYERS];

static void zig_init(void) {
  double f = exp(-0.5 * ZIG_R * ZIG_R);
  zig_x[0] = ZIG_V / f;
  zig_x[1] = ZIG_R;
  zig_x[ZIG_LAYERS] = 0;
  for (int i = 2; i < ZIG_LAYERS; i++) {
    zig_x[i] = sqrt(-2 * log(ZIG_V / zig_x[i - 1] + f));
    f = exp(-0.5 * zig_x[i] * zig_x[i]);
  }
  for (int i = 0; i < ZIG_LAYERS; i++) zig_ratio[i] = zig_x[i + 1] / zig_x[i];
}

/* Marsaglia's tail method beyond R. */
static double zig_tail(int negative) {
  double x, y;
  do {
    x = log(1 - uniform01()) / ZIG_R;
    y = log(1 - uniform01());
  } while (-2 * y < x * x);
  return negative ? x - ZIG_R : ZIG_R - x;
}

static inline double normal(void) {
  for (;;) {
    const uint64_t bits = next64();
    const int i = (int)(bits & 0xff);
    const double u = 2 * ((double)(bits >> 11) * 0x1.0p-53) - 1;
    if (fabs(u) < zig_ratio[i]) return u * zig_x[i];
    if (i == 0) return zig_tail(u < 0);

    /* Wedge: accept where a uniform height under the layer falls below the density. */
    const double x = u * zig_x[i];
    const double f0 = exp(-0.5 * (zig_x[i] * zig_x[i] - x * x));
    const double f1 = exp(-0.5 * (zig_x[i + 1] * zig_x[i + 1] - x * x));
    if (f1 + uniform01() * (f0 - f1) < 1.0) return x;
  }
}

typedef struct {
  double sum, sum_sq, ape_sum;
  uint64_t ape_count;
  uint64_t hist[BINS];
} tally;

static inline void tally_add(tally *t, double pay, double scale, double y, double target) {
  t->sum += pay;
  t->sum_sq += pay * pay;
  const double b = pay * scale;
  t->hist[b >= BINS - 1 ? BINS - 1 : (b <= 0 ? 0 : (int)b)]++;
  if (y > 0) {
    t->ape_sum += fabs(y - target) / y;
    t->ape_count++;
  }
}

static void print_tally(const char *name, const tally *t, double n) {
  const double mean = t->sum / n;
  const double var = t->sum_sq / n - mean * mean;
  printf("\"mean%s\":%.10g,\"se%s\":%.6g,\"ape%s\":%.10g,\"hist%s\":[", name, mean, name,
         sqrt(var / n), name, t->ape_sum / (double)t->ape_count, name);
  for (int b = 0; b < BINS; b++) printf(b ? ",%llu" : "%llu", (unsigned long long)t->hist[b]);
  printf("],");
}

static long parse_arg(int argc, char **argv, const char *flag, long fallback) {
  for (int i = 1; i + 1 < argc; i++)
    if (strcmp(argv[i], flag) == 0) return strtol(argv[i + 1], NULL, 10);
  return fallback;
}

int main(int argc, char **argv) {
  const long trials = parse_arg(argc, argv, "--trials", 10000);
  const long seed = parse_arg(argc, argv, "--seed", 1);
  if (trials < 1) {
    fprintf(stderr, "--trials must be a positive integer\n");
    return 2;
  }

  /* Y = mu*s*exp(sigma*Z - sigma^2/2) = X*exp(sigma*Z), X the median; the quota Q = mu*s. */
  static double median[CELLS], sigma[CELLS], quota[CELLS];
  for (int r = 0; r < REPS; r++) {
    const double sg = 0.1 + 0.3 * (r % 7) / 6.0;
    for (int p = 0; p < PERIODS; p++) {
      const double m = (100 + r % 50) * SEASON[p];
      median[r * PERIODS + p] = m * exp(-0.5 * sg * sg);
      sigma[r * PERIODS + p] = sg;
      quota[r * PERIODS + p] = 0.5 * (1.2 + 0.8) * m;
    }
  }
  zig_init();
  seed_state((uint64_t)seed);

  tally a = {0}, b = {0};
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  const clock_t cpu0 = clock();
  for (long trial = 0; trial < trials; trial++) {
    for (int c = 0; c < CELLS; c++) {
      const double x = median[c], q = quota[c];
      const double y = x * exp(sigma[c] * normal());
      const double pay_a = RATE * fmax(0, y - fabs(y - x));
      const double pay_b = FIXED_PAY * fmin(1, y / q) + EXCESS_RATE * fmax(0, y - q);
      tally_add(&a, pay_a, BINS / TOP_A, y, x);
      tally_add(&b, pay_b, BINS / TOP_B, y, q);
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  const double cpu = (double)(clock() - cpu0) / CLOCKS_PER_SEC;

  const double draws = (double)trials * CELLS;
  const double seconds = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
  printf("{\"impl\":\"c\",\"trials\":%ld,\"draws\":%.0f,", trials, draws);
  printf("\"seconds\":%.6f,\"nsPerDraw\":%.4f,", seconds, 1e9 * seconds / draws);
  printf("\"cpuNsPerDraw\":%.4f,", 1e9 * cpu / draws);
  print_tally("A", &a, draws);
  print_tally("B", &b, draws);
  printf("\"seed\":%ld}\n", seed);
  return 0;
}
