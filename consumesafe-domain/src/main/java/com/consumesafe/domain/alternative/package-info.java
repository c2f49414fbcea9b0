/** Alternatives: products or brands suggested instead of a listed target, with their origin. */
package com.consumesafe.domain.alternative;
