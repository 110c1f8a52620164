/** Training sessions, the attendance register (online and offline), DigComp 2.2 assessments. */
package org.tremplin.training;
