/** Audit, web layer: one backing bean per page or tab of the Faces screens; texts from the bundles. */
package org.tremplin.audit.web;
