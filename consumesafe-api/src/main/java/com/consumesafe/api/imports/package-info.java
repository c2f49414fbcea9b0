/** Curators' CSV imports of a list (legacy and native layouts) and the public export that round-trips. */
package com.consumesafe.api.imports;
