/** Deliberate breaches of the house rules, so that the architecture test can show it catches them. Test code only. */
package com.pks.clinic.archfixture;
