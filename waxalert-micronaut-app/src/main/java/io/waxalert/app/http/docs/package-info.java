/**
 * The OpenAPI document's shared parts: the error answers every route can give, written once as
 * composed annotations over {@link io.swagger.v3.oas.annotations.responses.ApiResponse} with the
 * {@link io.waxalert.app.http.ApiError} schema and an example body in the words the service really
 * answers. A controller names the ones it can answer; a class-level one applies to every route of
 * the class that does not name its own answer of that status. Request bodies read field by field
 * are described in {@code src/main/openapi/waxalert-shared.yml}.
 */
package io.waxalert.app.http.docs;
