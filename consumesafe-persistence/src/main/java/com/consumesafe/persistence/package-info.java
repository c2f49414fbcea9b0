/** PostgreSQL storage for the domain: the Spring configuration that wires its adapters. */
package com.consumesafe.persistence;
