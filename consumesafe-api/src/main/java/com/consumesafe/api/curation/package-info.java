/** Curation behind bearer tokens: who may write, and the endpoints that write. */
package com.consumesafe.api.curation;
