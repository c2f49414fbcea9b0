/** Health as the probes read it: readiness counts the database, and answers within the probe's timeout. */
package com.consumesafe.api.health;
