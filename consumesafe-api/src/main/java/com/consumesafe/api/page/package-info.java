/** The shopper's web page at /: its shell, service worker and fingerprinted assets, with their security headers. */
package com.consumesafe.api.page;
