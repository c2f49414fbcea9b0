package com.consumesafe.api.imports;

import com.consumesafe.domain.imports.ImportWarning;
import com.consumesafe.domain.imports.Merge;
import java.util.List;
import java.util.Map;

/**
 * What an import stored and decided.
 *
 * @param list            the list imported into
 * @param format          legacy or native
 * @param listCreated     whether the import created the list
 * @param rowsRead        data records read (the header is row 0 and not counted)
 * @param created         how many companies, brands, products, listings and alternatives were created
 * @param listingsUpdated active listings already on the list that the file replaced
 * @param merged          spellings merged into the first one seen
 * @param warnings        everything else decided on the file's behalf, by row
 */
public record ImportReport(String list, String format, boolean listCreated, int rowsRead,
                           Map<String, Integer> created, int listingsUpdated, List<Merge> merged,
                           List<ImportWarning> warnings) {
}
