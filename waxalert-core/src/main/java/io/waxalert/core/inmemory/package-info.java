/** Ready-made in-memory implementations of the core's ports, for embedders and tests. */
package io.waxalert.core.inmemory;
