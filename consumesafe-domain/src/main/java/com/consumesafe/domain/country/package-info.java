/** Countries, named by their ISO 3166-1 alpha-2 codes, for origins and preferences. */
package com.consumesafe.domain.country;
