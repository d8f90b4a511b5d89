package org.lantern.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "org.lantern")
@ConfigurationPropertiesScan("org.lantern")
public class LanternApplication {

    public static void main(String[] args) {
        // Axon 4.13 phones home unless this system property is set; a Spring property is read too late
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(LanternApplication.class, args);
    }
}
