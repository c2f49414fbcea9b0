/** Checking what a person typed or scanned: which catalog entries it confidently names, and their verdicts. */
package com.consumesafe.domain.check;
