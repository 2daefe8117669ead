package com.pks.clinic.content.internal.caller;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import com.pks.clinic.content.api.Actor;

/**
 * Who is calling a content service, as the container knows it: never a parameter a caller could fill in. Works
 * inside a session bean's call, where {@code java:comp/EJBContext} names the current one.
 */
@ApplicationScoped
public class Callers {

    /** The signed-in caller, acting from this network address. */
    public Actor current(String clientAddress) {
        try {
            EJBContext context = InitialContext.doLookup("java:comp/EJBContext");
            return new Actor(context.getCallerPrincipal().getName(), clientAddress);
        } catch (NamingException notInASessionBean) {
            throw new IllegalStateException("Content is changed only through its session beans", notInASessionBean);
        }
    }
}
