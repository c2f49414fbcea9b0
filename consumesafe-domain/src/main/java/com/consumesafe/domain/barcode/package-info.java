/** Barcodes: GTINs in every form a scanner returns, checked and normalised to one form. */
package com.consumesafe.domain.barcode;
