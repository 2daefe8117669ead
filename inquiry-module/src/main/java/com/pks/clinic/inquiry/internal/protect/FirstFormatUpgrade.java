package com.pks.clinic.inquiry.internal.protect;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Seals again, bound to its place, every value still in the first format ({@code g1.}, bound to nothing), once the key
 * is proven at start-up and before anything is read. Afterwards nothing opens a first-format value: one copied into a
 * row later, from an old backup or by hand, is refused like any value out of place.
 */
final class FirstFormatUpgrade {

    private static final Logger LOG = Logger.getLogger(FirstFormatUpgrade.class.getName());

    /**
     * One table's encrypted columns, and how its rows are bound (as its entity binds them): from the inquiry's
     * reference ({@code reference}, an SQL expression) and the row's own random name ({@code seal_id}) where it has one.
     */
    private record SealedTable(String table, String reference, boolean ownSealId, List<String> columns,
                               BiFunction<String, String, RowSeal> seal) {
    }

    private static final List<SealedTable> TABLES = List.of(
            new SealedTable("inquiry_request", "reference", false, List.of("name", "phone", "email", "best_time",
                    "message", "heard_about", "practice", "patient_name", "patient_phone", "patient_email", "reason",
                    "self_check"), (reference, sealId) -> RowSeal.ofInquiry(reference)),
            new SealedTable("inquiry_note",
                    "(select i.reference from inquiry_request i where i.id = inquiry_note.inquiry_id)", true,
                    List.of("text"), RowSeal::ofNote),
            new SealedTable("inquiry_notification", "reference", true, List.of("recipient", "body"),
                    (reference, sealId) -> RowSeal.ofStaffMessage(sealId)));

    private FirstFormatUpgrade() {
    }

    static void run(EntityManager em) {
        int upgraded = 0;
        for (SealedTable sealed : TABLES) {
            List<?> rows = em.createNativeQuery("select id, " + sealed.reference() + ", "
                    + (sealed.ownSealId() ? "seal_id" : "cast(null as varchar(36))") + ", " + String.join(", ", sealed.columns())
                    + " from " + sealed.table() + " where " + sealed.columns().stream()
                            .map(column -> column + " like 'g1.%'").collect(Collectors.joining(" or ")))
                    .getResultList();
            for (Object found : rows) {
                Object[] row = (Object[]) found;
                String sealId = row[2] != null ? (String) row[2] : UUID.randomUUID().toString();
                RowSeal seal = sealed.seal().apply((String) row[1], sealId);
                var update = em.createNativeQuery("update " + sealed.table() + " set " + sealed.columns().stream()
                        .map(column -> column + " = ?").collect(Collectors.joining(", "))
                        + (sealed.ownSealId() ? ", seal_id = ?" : "") + " where id = ?");
                int parameter = 1;
                for (int i = 0; i < sealed.columns().size(); i++) {
                    update.setParameter(parameter++, seal.bind(sealed.columns().get(i), (String) row[3 + i]));
                }
                if (sealed.ownSealId()) {
                    update.setParameter(parameter++, sealId);
                }
                update.setParameter(parameter, row[0]).executeUpdate();
                upgraded++;
            }
        }
        if (upgraded > 0) {
            LOG.info("Sealed the encrypted values of " + upgraded + " stored rows again, each bound to its place");
        }
    }
}
