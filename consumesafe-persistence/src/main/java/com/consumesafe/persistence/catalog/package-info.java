/** Companies, brands, products and barcodes in PostgreSQL: ownership chains and barcode look-ups. */
package com.consumesafe.persistence.catalog;
