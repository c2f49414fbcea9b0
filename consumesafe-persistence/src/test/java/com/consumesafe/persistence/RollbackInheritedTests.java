package com.consumesafe.persistence;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rolls back each test that Spring's own test transaction misses: a class-level {@code @Transactional} does not
 * reach test methods inherited from a port contract, which is declared in the framework-free domain.
 */
class RollbackInheritedTests implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace STORE =
            ExtensionContext.Namespace.create(RollbackInheritedTests.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean decidedByTheTest = AnnotatedElementUtils.hasAnnotation(context.getRequiredTestMethod(),
                Transactional.class);
        if (TestTransaction.isActive() || decidedByTheTest) {
            return;
        }
        PlatformTransactionManager transactions = SpringExtension.getApplicationContext(context)
                .getBean(PlatformTransactionManager.class);
        context.getStore(STORE).put(context.getUniqueId(),
                new Open(transactions, transactions.getTransaction(TransactionDefinition.withDefaults())));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Open open = context.getStore(STORE).remove(context.getUniqueId(), Open.class);
        if (open != null) {
            open.transactions().rollback(open.status());
        }
    }

    private record Open(PlatformTransactionManager transactions, TransactionStatus status) {
    }
}
