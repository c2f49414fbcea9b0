/** Plain-text log lines that nothing a request carries can forge: control characters are shown escaped. */
package com.consumesafe.api.logging;
