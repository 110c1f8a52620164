/** The person's rights: the dossier (access and portability), erasure by anonymisation, retention. */
package org.tremplin.privacy;
