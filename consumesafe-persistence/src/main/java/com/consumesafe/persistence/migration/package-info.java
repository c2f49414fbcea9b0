/** Data migrations that need the domain's rules, run by Flyway beside the SQL ones. */
package com.consumesafe.persistence.migration;
