/** Suggested alternatives to listed targets, in PostgreSQL. */
package com.consumesafe.persistence.alternative;
