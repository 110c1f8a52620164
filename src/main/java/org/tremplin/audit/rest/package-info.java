/** Audit, rest layer: JAX-RS resources and their JSON records under /api: input parsed and checked, errors as problem+json. */
package org.tremplin.audit.rest;
