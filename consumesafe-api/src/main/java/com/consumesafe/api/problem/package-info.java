/** Errors as RFC 9457 problem details (application/problem+json), each naming what was wrong. */
package com.consumesafe.api.problem;
