/** The OpenAPI description served at /v3/api-docs and shown by Swagger UI. */
package com.consumesafe.api.openapi;
