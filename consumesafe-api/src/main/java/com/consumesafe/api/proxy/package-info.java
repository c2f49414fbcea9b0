/** Who sent a request that came through the ingress: X-Forwarded-* read only from trusted proxies, by address range. */
package com.consumesafe.api.proxy;
