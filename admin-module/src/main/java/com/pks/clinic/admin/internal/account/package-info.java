/**
 * Staff accounts: the identity store behind the console's sign-in, password hashing and rules, and the
 * Administrators' account management.
 */
package com.pks.clinic.admin.internal.account;
