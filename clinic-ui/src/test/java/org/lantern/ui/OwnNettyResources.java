package org.lantern.ui;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * An application a test starts inside its own JVM gets Reactor Netty event loops of its own. By default every
 * application shares the JVM's global ones, and closing one disposes them (after a quiet period of about two
 * seconds): a request that the shared test application is serving just then is cut off and its client waits
 * until it times out. That made a test fail now and then, always soon after a test had closed an application.
 */
public final class OwnNettyResources implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** A builder of the Lantern application whose event loops are its own. */
    public static SpringApplicationBuilder lantern() {
        return new SpringApplicationBuilder(LanternApplication.class).initializers(new OwnNettyResources());
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ((GenericApplicationContext) context).registerBean(ReactorResourceFactory.class, () -> {
            ReactorResourceFactory own = new ReactorResourceFactory();
            own.setUseGlobalResources(false);
            return own;
        });
    }
}
