/** Public reports and curators' decisions on them, in PostgreSQL. */
package com.consumesafe.persistence.report;
