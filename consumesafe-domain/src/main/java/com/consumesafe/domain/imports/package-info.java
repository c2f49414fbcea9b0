/** Imports and exports of a curated list as CSV: the reader, the two formats and the port that writes a plan. */
package com.consumesafe.domain.imports;
