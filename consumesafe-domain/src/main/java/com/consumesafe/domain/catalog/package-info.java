/** The catalog: companies and their owners, brands and products, and the ports that look up ownership. */
package com.consumesafe.domain.catalog;
