package com.pks.clinic.web.testing;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs a piece of an in-container test as a signed-in Intake would call the services (principal test-intake). */
@Stateless
@RunAs("Intake")
public class AsIntake extends Acting {
}
