package com.pks.clinic.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.admin.api.StaffCredential;

/**
 * A password that would have to wait while too many sign-ins wait already is not checked and not counted, and the
 * sign-in page can tell why (the throttle's own limit is {@code SignInThrottleTest}'s).
 */
class ConsoleAuthenticationTest {

    @Test
    void aPasswordThatMayNotWaitNowIsNotChecked() throws ReflectiveOperationException {
        ConsoleAuthentication mechanism = new ConsoleAuthentication();
        set(mechanism, "signIns", fake(SignInService.class, (method, args) ->
                method.getName().equals("waitForTurn") ? Boolean.FALSE : fail("asked " + method.getName())));
        set(mechanism, "identityStores", fake(IdentityStoreHandler.class, (method, args) ->
                fail("the password was checked")));
        Map<Object, Object> attributes = new HashMap<>();
        HttpServletRequest request = fake(HttpServletRequest.class, (method, args) -> switch (method.getName()) {
            case "setAttribute" -> attributes.put(args[0], args[1]);
            case "getAttribute" -> attributes.get(args[0]);
            default -> fail("asked the request " + method.getName());
        });
        StaffCredential password = new StaffCredential("nurse@clinic.test", "a password", "198.51.100.7",
                "198.51.100.7");
        HttpMessageContext context = fake(HttpMessageContext.class, (method, args) ->
                method.getName().equals("getAuthParameters")
                        ? AuthenticationParameters.withParams().credential(password)
                        : fail("asked the context " + method.getName()));

        assertEquals(AuthenticationStatus.SEND_FAILURE, mechanism.validateRequest(request, null, context));
        assertTrue(ConsoleAuthentication.wasNotItsTurn(request), "the page says why, not 'wrong password'");
    }

    private static <T> T fake(Class<T> type, BiFunction<Method, Object[], Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.apply(method, args)));
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        var declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }
}
