package org.tremplin.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/** Declares the pooled JTA data source; {@link TremplinDataSource} picks the database. */
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "org.tremplin.shared.infrastructure.TremplinDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
@Singleton
public class DataSourceConfig {
    public static final String JNDI_NAME = "java:app/jdbc/tremplin";
}
