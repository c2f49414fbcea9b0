/** The ConsumeSafe model and its rules, in plain Java with no framework. */
package com.consumesafe.domain;
