/** Name keys: the one normal form in which names are stored and queried, so spelling variants meet. */
package com.consumesafe.domain.name;
