package com.pks.clinic.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Who made a change and from where, recorded with every revision and carried by every event (an asynchronous
 * observer cannot ask the caller's identity).
 *
 * @param username the signed-in account, or {@code system} for the seed
 * @param address  the client's network address, or {@code null} when the change did not come over the network
 */
public record Actor(@NotBlank @Size(max = 100) String username, @Size(max = 64) String address) {

    /** The site's own jobs and migrations, acting with no signed-in caller. */
    public static final String SYSTEM = "system";
}
