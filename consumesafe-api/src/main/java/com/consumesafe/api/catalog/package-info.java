/** Companies, brands and products: public reads with their ownership chain, and curators' writes. */
package com.consumesafe.api.catalog;
