/** Speed at scale: a generator that fills a database with a large made-up catalog, and the load test's feeders. */
package com.consumesafe.benchmark;
