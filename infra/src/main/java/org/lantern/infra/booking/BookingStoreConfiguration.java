package org.lantern.infra.booking;

import com.mongodb.client.MongoDatabase;
import org.lantern.application.booking.BookingSettings;
import org.lantern.application.booking.IdempotencyRecords;
import org.lantern.application.booking.ReferenceClaims;
import org.lantern.application.booking.SecretHasher;
import org.lantern.infra.store.StoreProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The booking pipeline's ports on MongoDB, and the key of secret hashes. */
@Configuration(proxyBeanMethods = false)
public class BookingStoreConfiguration {

    static final String KEY_FILE = "booking-secret.key";

    /** {@code lantern.booking.*}: a plain record in the application layer, bound here (see docs/configuration.md). */
    @Bean
    BookingSettings bookingSettings(Environment environment) {
        return Binder.get(environment).bind("lantern.booking", BookingSettings.class)
                .orElseGet(BookingSettings::defaults);
    }

    @Bean
    ReferenceClaims referenceClaims(MongoDatabase lanternDatabase) {
        return new MongoReferenceClaims(lanternDatabase);
    }

    @Bean
    IdempotencyRecords idempotencyRecords(MongoDatabase lanternDatabase, BookingSettings settings) {
        return new MongoIdempotencyRecords(lanternDatabase, settings.retryKeptFor());
    }

    @Bean
    SecretHasher secretHasher(StoreProperties store, @Value("${lantern.booking.secret-key:}") String configured) {
        boolean inMemory = store.embedded() == StoreProperties.Embedded.MEMORY;
        return new HmacSecretHasher(SecretKeySource.key(configured,
                inMemory ? null : store.dataDir().resolve(KEY_FILE)));
    }
}
