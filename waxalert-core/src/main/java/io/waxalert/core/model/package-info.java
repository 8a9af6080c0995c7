/** Immutable values of the Discogs marketplace, each checking itself on construction. */
package io.waxalert.core.model;
