package com.pks.clinic.web.testing;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * In-container tests call the services as a member of staff in one role: a session bean with {@code @RunAs}, whose
 * run-as principal the test deployment names in {@code glassfish-ejb-jar.xml} (Payara needs one). Outside a
 * transaction, so that each service call has its own, as from a web request; {@link #inOneTransaction} joins them.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class Acting {

    public <T> T call(Callable<T> action) {
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void run(Runnable action) {
        action.run();
    }

    /** The calls in one transaction, rolled back when the action throws. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void inOneTransaction(Runnable action) {
        action.run();
    }
}
