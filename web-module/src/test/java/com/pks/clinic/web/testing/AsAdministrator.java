package com.pks.clinic.web.testing;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs a piece of an in-container test as a signed-in Administrator would call the services (principal test-administrator). */
@Stateless
@RunAs("Administrator")
public class AsAdministrator extends Acting {
}
