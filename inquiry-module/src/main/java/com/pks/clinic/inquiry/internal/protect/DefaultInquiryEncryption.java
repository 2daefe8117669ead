package com.pks.clinic.inquiry.internal.protect;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

import com.pks.clinic.inquiry.api.InquiryEncryption;
import com.pks.clinic.inquiry.api.InquiryKeyException;

/**
 * Proves the configured key against a known value kept in {@code inquiry_key_check}: written with the first key,
 * read with every later one. A wrong key fails here, at start-up, instead of when the clinic opens an inquiry. Then,
 * in the same transaction, values still in the first, unbound format are sealed again where they stand.
 */
@Stateless
public class DefaultInquiryEncryption implements InquiryEncryption {

    static final String KNOWN_VALUE = "Psychiatric Ketamine Specialists: inquiry key check";
    private static final StoredPlace PLACE = new StoredPlace("inquiry_key_check", "check_value", "1");

    @PersistenceContext(unitName = "inquiry")
    private EntityManager em;

    @Override
    @PermitAll
    public void verify() {
        FieldCipher cipher = InquiryKeys.unproven();
        List<?> stored = em.createNativeQuery("select check_value from inquiry_key_check where id = 1")
                .getResultList();
        if (stored.isEmpty()) {
            em.createNativeQuery("insert into inquiry_key_check (id, check_value) values (1, ?)")
                    .setParameter(1, cipher.seal(KNOWN_VALUE, PLACE))
                    .executeUpdate();
        } else {
            String held = (String) stored.get(0);
            boolean firstFormat = FieldCipher.isUnbound(held);
            if (!KNOWN_VALUE.equals(firstFormat ? cipher.openFirstFormat(held) : cipher.open(held, PLACE))) {
                throw new InquiryKeyException("The inquiry key does not match the stored inquiries");
            }
            if (firstFormat) {
                em.createNativeQuery("update inquiry_key_check set check_value = ? where id = 1")
                        .setParameter(1, cipher.seal(KNOWN_VALUE, PLACE)).executeUpdate();
            }
        }
        InquiryKeys.proven();
        FirstFormatUpgrade.run(em);
    }
}
