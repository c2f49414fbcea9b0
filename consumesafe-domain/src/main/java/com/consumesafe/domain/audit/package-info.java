/** The audit trail: which curator changed what, and when. */
package com.consumesafe.domain.audit;
