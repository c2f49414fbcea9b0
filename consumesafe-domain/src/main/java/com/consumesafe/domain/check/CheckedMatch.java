package com.consumesafe.domain.check;

import com.consumesafe.domain.verdict.Assessment;

/**
 * A confident match with its verdict and everything that explains it.
 *
 * @param name       its name as written
 * @param score      how well it matched, 0 to 1 (1 for an exact name or a barcode)
 * @param confidence why it was trusted
 * @param assessment its verdict, ownership path, listings and alternatives
 */
public record CheckedMatch(String name, double score, Confidence confidence, Assessment assessment) {
}
