package com.pks.clinic.web.testing;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs a piece of an in-container test as a signed-in Editor would call the services (principal test-editor). */
@Stateless
@RunAs("Editor")
public class AsEditor extends Acting {
}
