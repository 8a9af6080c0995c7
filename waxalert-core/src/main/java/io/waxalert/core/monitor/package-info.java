/** The monitoring engine: one cycle of checks over the wanted entries, recording the alerts it finds. */
package io.waxalert.core.monitor;
