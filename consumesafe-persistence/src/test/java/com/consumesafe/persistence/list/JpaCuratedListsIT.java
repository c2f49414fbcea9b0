package com.consumesafe.persistence.list;

import com.consumesafe.domain.list.CuratedLists;
import com.consumesafe.domain.list.CuratedListsContract;
import com.consumesafe.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIT
class JpaCuratedListsIT extends CuratedListsContract {

    @Autowired
    private CuratedLists lists;

    @Override
    protected CuratedLists lists() {
        return lists;
    }
}
