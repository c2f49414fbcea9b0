/** Curated lists (a boycott list, a recall list) and the port that stores them. */
package com.consumesafe.domain.list;
