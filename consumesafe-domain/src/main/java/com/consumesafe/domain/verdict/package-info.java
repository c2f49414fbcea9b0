/** The verdict: whether a product, a brand or a company is listed, through whom, and what to buy instead. */
package com.consumesafe.domain.verdict;
