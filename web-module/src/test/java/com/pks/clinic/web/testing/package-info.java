/**
 * What the integration tests share: the Arquillian deployment, a running site on Payara Micro, a browser and an
 * HTTP client. Payara takes seconds to start, so tests share one running site wherever they can.
 */
package com.pks.clinic.web.testing;
