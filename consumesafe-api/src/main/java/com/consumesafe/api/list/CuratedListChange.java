package com.consumesafe.api.list;

/**
 * What a curator sends to create or change a list.
 *
 * @param title       what people call the list
 * @param description what it is for and who keeps it
 */
record CuratedListChange(String title, String description) {
}
