package com.pks.clinic.web.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every test that asks for a {@link RunningSite} the same one: started on first use, on a fresh database,
 * and stopped when the whole test run ends. Tests that use it must not depend on each other's changes.
 */
public class SharedSite implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedSite.class, key -> new Resource(), Resource.class)
                .site;
    }

    /** Closed by JUnit when the root context closes, at the end of the run. */
    private static final class Resource implements ExtensionContext.Store.CloseableResource {

        private final RunningSite site = RunningSite.start(TestSettings.dataDirectory("shared-site"));

        @Override
        public void close() {
            site.close();
        }
    }
}
