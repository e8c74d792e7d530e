#include "CKernels.h"

#include <float.h>
#include <math.h>

void trainkit_adam(long lower, long upper, const float *restrict source,
                   float *restrict theta, float *restrict m,
                   float *restrict v, const float *restrict gradient,
                   float shrink, float stepSize, float root, float beta1,
                   float beta2, float epsilon) {
  // The same operations, in the same order, as the Swift loop it replaces.
  const float oneMinusBeta1 = 1 - beta1;
  const float oneMinusBeta2 = 1 - beta2;
  const float tiny = FLT_MIN;
  for (long i = lower; i < upper; i++) {
    const float g = gradient[i];
    const float shrunk = source[i] * shrink;
    float newM = beta1 * m[i] + oneMinusBeta1 * g;
    float newV = beta2 * v[i] + oneMinusBeta2 * g * g;
    newM = (newM < tiny && newM > -tiny) ? 0.0f : newM;
    newV = newV < tiny ? 0.0f : newV;
    m[i] = newM;
    v[i] = newV;
    const float denominator = sqrtf(newV) / root + epsilon;
    theta[i] = shrunk - stepSize * (newM / denominator);
  }
}
