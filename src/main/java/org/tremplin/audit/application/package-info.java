/** Audit, application layer: services, the transaction boundary: load, call the domain, store, within the caller's site scope. */
package org.tremplin.audit.application;
