package com.pks.clinic.web.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every test that asks for a {@link RunningSite} the same one (and its {@link StaffMailbox} and
 * {@link ConsoleStaff}): started on first use, on a fresh database, and stopped when the whole test run ends. Tests
 * that use it must not depend on each other's changes.
 */
public class SharedSite implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningSite.class || type == StaffMailbox.class || type == ConsoleStaff.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Resource shared = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedSite.class, key -> new Resource(), Resource.class);
        Class<?> type = parameter.getParameter().getType();
        return type == StaffMailbox.class ? shared.mailbox : type == ConsoleStaff.class ? shared.staff() : shared.site;
    }

    /** The site and the mail server it notifies; closed by JUnit when the run ends. */
    private static final class Resource implements AutoCloseable {

        private final StaffMailbox mailbox = new StaffMailbox();
        // run as the README says to run it behind a proxy on the same machine (ReverseProxyIT puts nginx in front)
        private final RunningSite site = RunningSite.start(TestSettings.dataDirectory("shared-site"),
                Stream.concat(mailbox.siteSettings().stream(), Stream.of("-Dclinic.trusted-proxies=127.0.0.1")).toList());
        private ConsoleStaff staff;

        /** Set up at the first test that asks for the console's staff. */
        synchronized ConsoleStaff staff() {
            if (staff == null) {
                staff = new ConsoleStaff(site, mailbox);
            }
            return staff;
        }

        @Override
        public void close() {
            if (staff != null) {
                staff.close();
            }
            site.close();
            mailbox.close();
        }
    }
}
