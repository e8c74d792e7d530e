#include "CKernels.h"

#include <string.h>

enum { lookahead = 4, line = 64 / sizeof(float) };

void trainkit_gather_rows(const float *restrict source, float *restrict output,
                          const long *restrict rows, long first, long last,
                          long rowSize) {
  for (long r = first; r < last && r < first + lookahead; r++) {
    const float *ahead = source + rows[r] * rowSize;
    for (long j = 0; j < rowSize; j += line) __builtin_prefetch(ahead + j);
  }
  for (long r = first; r < last; r++) {
    if (r + lookahead < last) {
      const float *ahead = source + rows[r + lookahead] * rowSize;
      for (long j = 0; j < rowSize; j += line) __builtin_prefetch(ahead + j);
    }
    memcpy(output + r * rowSize, source + rows[r] * rowSize,
           (size_t)rowSize * sizeof(float));
  }
}
