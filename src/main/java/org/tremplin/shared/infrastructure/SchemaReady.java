package org.tremplin.shared.infrastructure;

/**
 * Fired at start-up once Flyway has migrated the schema, before any request is served. The features that
 * set up data observe it ({@code @Priority} orders them: the first admin, then the demo data); a failure of
 * an observer stops the deployment.
 */
public record SchemaReady(int migrationsApplied) {
}
