/** What every feature uses: base entities, the data source and migrations, problem+json, Faces helpers. */
package org.tremplin.shared;
