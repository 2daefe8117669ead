package com.pks.clinic.admin.api;

import java.util.Optional;

/**
 * The page behind an invitation or a reset link: who it is for, and choosing the password. The link is the proof;
 * it works once, until it expires.
 */
public interface PasswordLinkService {

    /** The person this unused, unexpired link is for (their name, to greet them), if it is one. */
    Optional<String> greeting(String token);

    /**
     * Sets the password of the link's account; the link stops working, and so do the account's other links.
     *
     * @throws InvalidAccountException ({@code password}, or {@code token} when the link no longer works)
     */
    void choosePassword(String token, String password, String clientAddress);

    /**
     * What the password rules find wrong with this password for the link's account, if anything, without setting
     * it (nothing when the link no longer works: choosing says so): to name it together with a second typing that
     * differs.
     */
    Optional<String> passwordProblem(String token, String password);
}
