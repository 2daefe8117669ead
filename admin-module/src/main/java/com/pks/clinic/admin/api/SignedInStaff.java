package com.pks.clinic.admin.api;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is signed in and with which roles: what a console session keeps between requests. */
public record SignedInStaff(StaffPrincipal principal, Set<StaffRole> roles) implements Serializable {

    /** From the groups an identity store gave; names that are no role of the console are left out. */
    public static SignedInStaff of(StaffPrincipal principal, Set<String> groups) {
        return new SignedInStaff(principal, groups.stream().map(StaffRole::ofGroup).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public Set<String> groups() {
        return roles.stream().map(StaffRole::group).collect(Collectors.toUnmodifiableSet());
    }
}
