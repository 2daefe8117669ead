/** Extensions of Jakarta Faces that every view relies on. */
package com.pks.clinic.web.platform.faces;
