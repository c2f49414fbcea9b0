/** Curated lists in the table curated_list, behind the CuratedLists port. */
package com.consumesafe.persistence.list;
