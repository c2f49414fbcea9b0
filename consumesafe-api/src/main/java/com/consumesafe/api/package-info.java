/** The ConsumeSafe web application: wiring, configuration and the HTTP API. */
package com.consumesafe.api;
