package com.pks.clinic.web.platform.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Answers the container's sign-in question for the public site itself, and passes the console's to the sign-in
 * mechanism. The container asks on every request; Soteria's bridge then looks {@link ConsoleAuthentication} up
 * through JNDI and CDI, twice a request, building an exception each time (about a fifth of a public page's time
 * under load, README's performance section), only for the mechanism to do nothing outside {@code /admin}. This module
 * gives such a request what the bridge gives for "nothing to do": no caller. A request the container marks as
 * needing a caller (a protected address, or a programmatic sign-in) or any console address goes to the bridge that
 * Soteria registered, unchanged; so does everything a public page could need from it, which is nothing.
 */
final class PublicSiteAuthModule implements ServerAuthModule {

    private static final String SERVLET_LAYER = "HttpServlet";
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    private final AuthConfigProvider soteria;
    private final String appContext;
    // Payara makes an auth context per request, which initializes this one module again each time, on any thread,
    // always with the container's same handler: Soteria's context is made once, the first time
    private volatile CallbackHandler handler;
    private volatile ServerAuthContext console;

    private PublicSiteAuthModule(AuthConfigProvider soteria, String appContext) {
        this.soteria = soteria;
        this.appContext = appContext;
    }

    /** Put in front of the bridge that Soteria registered for the site, after its initializer has run. */
    @WebListener
    public static class Installer implements ServletContextListener {

        @Override
        public void contextInitialized(ServletContextEvent event) {
            ServletContext site = event.getServletContext();
            String appContext = site.getVirtualServerName() + " " + site.getContextPath(); // the Servlet profile's id
            AuthConfigFactory factory = AuthConfigFactory.getFactory();
            AuthConfigProvider soteria = factory.getConfigProvider(SERVLET_LAYER, appContext, null);
            if (soteria != null) {
                factory.registerServerAuthModule(new PublicSiteAuthModule(soteria, appContext), site);
            }
        }
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                           @SuppressWarnings("rawtypes") Map options) throws AuthException {
        this.handler = handler;
        if (console == null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = options;
            console = soteria.getServerAuthConfig(SERVLET_LAYER, appContext, handler).getAuthContext(null, null,
                    properties);
        }
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        if (forTheConsole(message)) {
            return console.validateRequest(message, client, service);
        }
        try {
            handler.handle(new Callback[] {new CallerPrincipalCallback(client, (Principal) null)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("the container refused an anonymous caller").initCause(e);
        }
        return AuthStatus.SUCCESS;
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
        return forTheConsole(message) ? console.secureResponse(message, service) : AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
        console.cleanSubject(message, subject);
    }

    private static boolean forTheConsole(MessageInfo message) {
        return Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY))) || !(message.getRequestMessage()
                instanceof HttpServletRequest request) || ConsoleAuthentication.isConsole(request);
    }
}
