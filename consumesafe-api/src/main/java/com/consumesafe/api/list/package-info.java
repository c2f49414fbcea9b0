/** The public read API of curated lists: /api/v1/lists. */
package com.consumesafe.api.list;
