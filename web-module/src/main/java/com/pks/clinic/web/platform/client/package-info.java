/** Who the client is on the network: the connection's address, or what a trusted reverse proxy says it is. */
package com.pks.clinic.web.platform.client;
