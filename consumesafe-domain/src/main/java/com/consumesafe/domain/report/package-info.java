/** Public reports: corrections, missing entries and suggested alternatives, pending until a curator decides. */
package com.consumesafe.domain.report;
