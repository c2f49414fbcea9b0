package com.consumesafe.domain.catalog;

import com.consumesafe.domain.barcode.Gtin;
import java.util.Optional;

/** Port: which product carries a barcode. */
public interface Barcodes {

    /** The product printed with the barcode, or empty when the catalog does not know the barcode. */
    Optional<ProductId> productWith(Gtin barcode);
}
