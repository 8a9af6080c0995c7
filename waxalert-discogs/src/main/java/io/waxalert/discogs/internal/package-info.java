/** Not API: Feign interface, JSON records, decoders, rate gate and parsers. May change at any time. */
package io.waxalert.discogs.internal;
