package com.pks.clinic.web.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every test that asks for a {@link RunningSite} the same one (and its {@link StaffMailbox} and
 * {@link ConsoleStaff}): started on first use, on a fresh database, and stopped when the test JVM ends. One per JVM
 * rather than in JUnit's root store, since failsafe's forks run each test class as a run of its own. Tests that use
 * it must not depend on each other's changes.
 */
public class SharedSite implements ParameterResolver {

    private static Resource shared;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningSite.class || type == StaffMailbox.class || type == ConsoleStaff.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Resource resource = shared();
        Class<?> type = parameter.getParameter().getType();
        return type == StaffMailbox.class ? resource.mailbox : type == ConsoleStaff.class ? resource.staff()
                : resource.site;
    }

    private static synchronized Resource shared() {
        if (shared == null) {
            shared = new Resource();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** The site and the mail server it notifies. */
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

        /** The server first, so that nothing that fails after it (a browser that will not quit) leaves it running. */
        @Override
        public void close() {
            try {
                site.close();
            } finally {
                try {
                    if (staff != null) {
                        staff.close();
                    }
                } finally {
                    mailbox.close();
                }
            }
        }
    }
}
