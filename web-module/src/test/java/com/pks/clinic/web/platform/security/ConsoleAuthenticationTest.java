package com.pks.clinic.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.time.Duration;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.admin.api.StaffCredential;

/**
 * A password that comes before its turn, or while as many as the server checks at once are being checked, is not
 * checked and not counted, and the sign-in page can say how long to wait (the turns themselves are
 * {@code SignInThrottleTest}'s).
 */
class ConsoleAuthenticationTest {

    private final Map<Object, Object> attributes = new HashMap<>();
    private final HttpServletRequest request = fake(HttpServletRequest.class, (method, args) ->
            switch (method.getName()) {
                case "setAttribute" -> attributes.put(args[0], args[1]);
                case "getAttribute" -> attributes.get(args[0]);
                default -> fail("asked the request " + method.getName());
            });

    @Test
    void aPasswordBeforeItsTurnIsNotChecked() throws ReflectiveOperationException {
        ConsoleAuthentication mechanism = mechanism(Duration.ofMillis(2_100), (method, args) ->
                fail("the password was checked"));

        assertEquals(AuthenticationStatus.SEND_FAILURE, mechanism.validateRequest(request, null, passwordGiven()));
        assertEquals(OptionalLong.of(3), ConsoleAuthentication.secondsToWait(request), "whole seconds, rounded up");
    }

    @Test
    void aPasswordThatCouldNotBeCheckedNowSaysSoInsteadOfWrongPassword() throws ReflectiveOperationException {
        ConsoleAuthentication mechanism = mechanism(Duration.ZERO, (method, args) ->
                CredentialValidationResult.NOT_VALIDATED_RESULT); // every core was hashing

        assertEquals(AuthenticationStatus.SEND_FAILURE, mechanism.validateRequest(request, null, passwordGiven()));
        assertTrue(ConsoleAuthentication.secondsToWait(request).isPresent(), "not 'wrong password'");
    }

    private static ConsoleAuthentication mechanism(Duration untilTurn, BiFunction<Method, Object[], Object> store)
            throws ReflectiveOperationException {
        ConsoleAuthentication mechanism = new ConsoleAuthentication();
        set(mechanism, "signIns", fake(SignInService.class, (method, args) ->
                method.getName().equals("untilTurn") && List.of(args).equals(List.of("nurse@clinic.test",
                        "198.51.100.7")) ? untilTurn : fail("asked " + method.getName() + List.of(args))));
        set(mechanism, "identityStores", fake(IdentityStoreHandler.class, store));
        return mechanism;
    }

    private static HttpMessageContext passwordGiven() {
        StaffCredential password = new StaffCredential("nurse@clinic.test", "a password", "198.51.100.7:443",
                "198.51.100.7"); // the address as seen, and the key the throttle counts by
        return fake(HttpMessageContext.class, (method, args) -> method.getName().equals("getAuthParameters")
                ? AuthenticationParameters.withParams().credential(password)
                : fail("asked the context " + method.getName()));
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
