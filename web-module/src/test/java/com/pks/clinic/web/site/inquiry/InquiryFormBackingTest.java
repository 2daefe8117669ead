package com.pks.clinic.web.site.inquiry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** Which failures to store an inquiry are tried again at once, rather than handed to the person. */
class InquiryFormBackingTest {

    @Test
    void aTransactionTheDatabaseRolledBackForNowIsTriedAgain() {
        // as the container hands it over when Derby's identity generator was busy (40XL1)
        var busy = new EJBException(new PersistenceException(new SQLTransactionRollbackException(
                "A lock could not be obtained within the time requested", "40XL1")));
        assertTrue(InquiryFormBacking.rolledBackForNow(busy));
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(InquiryFormBacking.rolledBackForNow(new EJBException(new PersistenceException(
                new SQLException("disk full", "XSDG1")))));
        assertFalse(InquiryFormBacking.rolledBackForNow(new IllegalStateException("no key")));
    }
}
