package com.pks.clinic.web.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every test that asks for a {@link RunningSite} the same one (and its {@link StaffMailbox}): started on
 * first use, on a fresh database, and stopped when the whole test run ends. Tests that use it must not depend on
 * each other's changes.
 */
public class SharedSite implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningSite.class || type == StaffMailbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Resource shared = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedSite.class, key -> new Resource(), Resource.class);
        return parameter.getParameter().getType() == StaffMailbox.class ? shared.mailbox : shared.site;
    }

    /** The site and the mail server it notifies; closed by JUnit when the run ends. */
    private static final class Resource implements AutoCloseable {

        private final StaffMailbox mailbox = new StaffMailbox();
        private final RunningSite site = RunningSite.start(TestSettings.dataDirectory("shared-site"),
                mailbox.siteSettings());

        @Override
        public void close() {
            site.close();
            mailbox.close();
        }
    }
}
