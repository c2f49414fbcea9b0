/** Public answers kept per catalog version: each replica's cache, its watch on the version, and HTTP validators. */
package com.consumesafe.api.answers;
