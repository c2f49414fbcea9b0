/** Public reports (corrections, missing entries, suggested alternatives) and their moderation by curators. */
package com.consumesafe.api.report;
