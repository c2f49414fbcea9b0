/** Finding companies, brands and products by what a person types: exact, prefix and typo-tolerant matches. */
package com.consumesafe.domain.search;
