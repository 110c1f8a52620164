/** Reports for coordinators and funders: the ESF+ indicators, the dashboards, exports; aggregates only. */
package org.tremplin.report;
