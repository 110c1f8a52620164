/** Programme, domain layer: entities and value types with their rules, unit-tested without a container. */
package org.tremplin.programme.domain;
