/** Accounts, roles and API tokens; the login mechanism and the current user with the sites they may see. */
package org.tremplin.identity;
