package org.tremplin.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Start-up order: the schema is migrated by Flyway before JPA touches a table, then {@link SchemaReady} is
 * fired: the first admin (identity) and the demo data (demo) are created by its observers when configured.
 * Nothing here knows the features. A failure stops the deployment.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Event<SchemaReady> ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        ready.fire(new SchemaReady(migrate().migrationsExecuted));
    }

    static MigrateResult migrate() {
        // a plain (non-JTA) connection: Flyway commits its own transactions
        TremplinDataSource ds = new TremplinDataSource();
        MigrateResult result = Flyway.configure(Startup.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database " + ds.describe()
                + ": " + result.migrationsExecuted + " migration(s) applied, schema version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
        return result;
    }
}
