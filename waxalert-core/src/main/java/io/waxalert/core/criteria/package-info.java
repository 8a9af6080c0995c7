/** Alert criteria and the matcher that judges listings and market aggregates against them. */
package io.waxalert.core.criteria;
