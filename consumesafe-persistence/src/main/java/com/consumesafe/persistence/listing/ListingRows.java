package com.consumesafe.persistence.listing;

import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingId;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Severity;
import com.consumesafe.persistence.catalog.TargetColumns;
import java.net.URI;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

/** A listing read from the columns that the listing queries and active_listings (V8) return. */
final class ListingRows {

    private ListingRows() {
    }

    static Listing read(ResultSet row) throws SQLException {
        String[] sources = (String[]) row.getArray("sources").getArray();
        return new Listing(new ListingId(row.getLong("id")), new Slug(row.getString("slug")),
                TargetColumns.read(row, "target_kind", "").orElseThrow(), row.getString("reason"),
                Severity.valueOf(row.getString("severity")), Arrays.stream(sources).map(URI::create).toList(),
                Optional.ofNullable(row.getDate("since")).map(Date::toLocalDate),
                ListingStatus.valueOf(row.getString("status")));
    }
}
