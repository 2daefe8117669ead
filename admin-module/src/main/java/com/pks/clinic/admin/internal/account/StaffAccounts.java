package com.pks.clinic.admin.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds accounts, inside the calling bean's transaction. */
@ApplicationScoped
public class StaffAccounts {

    @PersistenceContext(unitName = "admin")
    private EntityManager em;

    public Optional<StaffAccount> find(String username) {
        return em.createQuery("select a from StaffAccount a where a.username = :username", StaffAccount.class)
                .setParameter("username", StaffAccount.normalized(username))
                .getResultStream().findFirst();
    }

    public List<StaffAccount> all() {
        return em.createQuery("select a from StaffAccount a order by a.displayName, a.username", StaffAccount.class)
                .getResultList();
    }

    public boolean none() {
        return em.createQuery("select count(a) from StaffAccount a", Long.class).getSingleResult() == 0;
    }

    public long enabledAdministrators() {
        return all().stream().filter(StaffAccount::isEnabledAdministrator).count();
    }

    /**
     * Locks every account row (in the table's own order, the same for every caller) until the transaction ends:
     * two Administrators changing accounts at once take turns, so that the second sees what the first did (and
     * neither can disable the other when they are the last two), without a deadlock.
     */
    public void lockAll() {
        em.createQuery("select a from StaffAccount a", StaffAccount.class) // Derby: no ORDER BY with FOR UPDATE
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public void add(StaffAccount account) {
        em.persist(account);
        em.flush();
    }
}
