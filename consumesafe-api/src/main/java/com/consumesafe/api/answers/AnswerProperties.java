package com.consumesafe.api.answers;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How public answers are kept (consumesafe.answers.*).
 *
 * @param pollInterval how often each replica reads the catalog version; another replica's change shows within it
 * @param cacheSize    the bytes of JSON answers one replica keeps for the current version
 * @param maxAge       how long a browser, the page's service worker or a CDN may reuse an answer without asking
 */
@ConfigurationProperties("consumesafe.answers")
record AnswerProperties(Duration pollInterval, DataSize cacheSize, Duration maxAge) {
}
