package com.pks.clinic.archfixture;

import jakarta.faces.context.FacesContext;

/** Uses Jakarta Faces outside the web module (this fixture's package is not under web): forbidden. */
public class FacesInADomainModule {

    public Object breach() {
        return FacesContext.getCurrentInstance();
    }
}
