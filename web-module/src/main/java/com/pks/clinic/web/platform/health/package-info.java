/** The {@code /health} endpoint that a monitor or a load balancer asks. */
package com.pks.clinic.web.platform.health;
