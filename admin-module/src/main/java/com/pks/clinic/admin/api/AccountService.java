package com.pks.clinic.admin.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clinic's staff accounts, for Administrators (their names for all staff). Every change is audited; the last
 * enabled Administrator can be neither disabled nor lose the role, so that the clinic can never lock itself out.
 */
public interface AccountService {

    List<Account> list();

    /**
     * Every account's name by its e-mail address, so that the console names colleagues as people know them (who
     * changed a page, who wrote a note), to everyone signed in.
     */
    Map<String, String> displayNames();

    /**
     * Adds a colleague's account, which they open with the returned one-time link by choosing their own password
     * (no Administrator ever knows it).
     *
     * @throws InvalidAccountException naming each field that breaks a rule (a taken address, no role)
     */
    PasswordLink invite(Invitation invitation, String clientAddress);

    /** A new one-time link for someone who forgot their password; earlier links of the account stop working. */
    PasswordLink resetPasswordLink(String username, long expectedVersion, String clientAddress);

    /** @throws LastAdministratorException when this would leave no enabled Administrator */
    Account changeRoles(String username, Set<StaffRole> roles, long expectedVersion, String clientAddress);

    /**
     * Removes the account's second factor (a lost phone): at the next sign-in they set up a new one. Ends their
     * sessions.
     */
    Account resetSecondFactor(String username, long expectedVersion, String clientAddress);

    /** Disables or enables the account; disabling ends its sessions at once. */
    Account setEnabled(String username, boolean enabled, long expectedVersion, String clientAddress);
}
