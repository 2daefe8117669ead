package com.pks.clinic.web.admin.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;

import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.web.platform.client.ClientAddress;

/** Sign-out, from the button in every console page's header: recorded, then the session is over. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    private SignInService signIns;

    @Inject
    private ClientAddress client;

    public void signOut() throws IOException, ServletException {
        if (Faces.getRequest().getUserPrincipal() != null) {
            signIns.signedOut(client.get());
        }
        Faces.getRequest().logout();
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + "/admin/sign-in?signedOut=true");
    }
}
