/** Input refused before any handler sees it: query strings that do not decode, media types that name no type, NULs. */
package com.consumesafe.api.request;
