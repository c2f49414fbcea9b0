/** Per-client request limits on the public endpoints, answered with 429 problems and Retry-After. */
package com.consumesafe.api.ratelimit;
