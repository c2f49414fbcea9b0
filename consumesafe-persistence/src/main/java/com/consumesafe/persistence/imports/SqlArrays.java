package com.consumesafe.persistence.imports;

import java.util.Collection;
import org.springframework.jdbc.core.SqlTypeValue;

/** Binds a whole column of values as one PostgreSQL array parameter, so that a batch costs one round trip. */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** The values as an array of the given PostgreSQL element type (text, int8, ...), nulls kept. */
    public static SqlTypeValue of(String elementType, Collection<?> values) {
        Object[] elements = values.toArray();
        return (statement, index, sqlType, typeName) ->
                statement.setArray(index, statement.getConnection().createArrayOf(elementType, elements));
    }
}
