/** The accounts screen: Administrators add colleagues, change their roles and disable accounts. */
package com.pks.clinic.web.admin.accounts;
